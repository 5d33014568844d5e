The files under opentelemetry-docs/ are copied unchanged from the OpenTelemetry website,
https://github.com/open-telemetry/opentelemetry.io (commit dd5997c8b9fafbf72ea6b8059ade242d88b8f118,
content/<lang>/docs/<page>.md, the pages listed in README.md), © The OpenTelemetry Authors.

Its documentation is licensed under the Creative Commons Attribution 4.0 International licence (CC BY 4.0):
https://creativecommons.org/licenses/by/4.0/ (full text in that repository's LICENSE file).
No changes were made to the copied files.
