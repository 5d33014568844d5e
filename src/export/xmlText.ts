/**
 * Characters XML 1.0 forbids anywhere in a document: C0 controls other than TAB/LF/CR, lone surrogates,
 * U+FFFE and U+FFFF (https://www.w3.org/TR/xml/#charsets). They cannot even be written as references.
 */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Remove the characters XML 1.0 does not allow (they cannot be escaped, only dropped). */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '')
}

/** Escape text for XML/HTML element content: `&`, `<`, `>`; invalid XML characters are dropped. */
export function escapeXmlText(text: string): string {
  return stripInvalidXmlChars(text).replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')
}

/**
 * Escape text for a double- or single-quoted XML/HTML attribute value: `& < > " '`, and TAB/LF/CR as character
 * references so that attribute-value normalisation does not turn them into spaces.
 */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;')
    .replace(/\t/gu, '&#9;')
    .replace(/\n/gu, '&#10;')
    .replace(/\r/gu, '&#13;')
}
