/**
 * Characters written differently in Simplified and Traditional Chinese, pair by pair: the Simplified form at index i of
 * {@link SIMPLIFIED} is the Traditional form at index i of {@link TRADITIONAL}. Frequent characters only (function
 * words, and the words of software documentation), and only pairs where neither form is also a character of the other
 * system (`后`/`後`, `里`/`裡`, `于`/`於`, `台`/`臺` are left out: Traditional text writes `后`, `里`, `于`, `台` too).
 */
const SIMPLIFIED = '这个们来时为说国会对过还发开问进现与动经从样关点学实种体长见应没两将间机给让无边号电话变处头书认门东车钱论员产业义务题写级设计术数证选单项码载装执运输转错误库网页链档录结构图标签览浏环赖调试请读组类显击钮择权协议订阅创删获态状块节际验导帮识续继维护统热备检测报达连线视频听觉爱乐买卖飞马闭闻阳阴陆队随险岁参双吗响团园围圆场坏坚壳够夹妈宝审宽尔层属岛币师带帐广废异弃张弹归当彻忆总恶惊惯战戏扩扫担拟拥换损摄断旧条杂极树桥楼欢毕气汉沟满灭灯灵独画盖盘监础确离积称稳竞笔简纪约纯纸练细终绕络绝综绿编缓缩罗职联脑荣药营虑虽补观规讨训记讲许访评词译该详语课谈谢负财责败货质购费资赞软轻较辑远违迁递遗邮释钟钥铁银销锁键闪阶陈隐难顶顺须预领颜风馆驱齐'
const TRADITIONAL = '這個們來時為說國會對過還發開問進現與動經從樣關點學實種體長見應沒兩將間機給讓無邊號電話變處頭書認門東車錢論員產業義務題寫級設計術數證選單項碼載裝執運輸轉錯誤庫網頁鏈檔錄結構圖標簽覽瀏環賴調試請讀組類顯擊鈕擇權協議訂閱創刪獲態狀塊節際驗導幫識續繼維護統熱備檢測報達連線視頻聽覺愛樂買賣飛馬閉聞陽陰陸隊隨險歲參雙嗎響團園圍圓場壞堅殼夠夾媽寶審寬爾層屬島幣師帶帳廣廢異棄張彈歸當徹憶總惡驚慣戰戲擴掃擔擬擁換損攝斷舊條雜極樹橋樓歡畢氣漢溝滿滅燈靈獨畫蓋盤監礎確離積稱穩競筆簡紀約純紙練細終繞絡絕綜綠編緩縮羅職聯腦榮藥營慮雖補觀規討訓記講許訪評詞譯該詳語課談謝負財責敗貨質購費資贊軟輕較輯遠違遷遞遺郵釋鐘鑰鐵銀銷鎖鍵閃階陳隱難頂順須預領顏風館驅齊'

const simplified = new Set(SIMPLIFIED)
const traditional = new Set(TRADITIONAL)

/** Fewest characters of the table a text needs before its script is told (a short text may hold none). */
export const HAN_SCRIPT_MIN = 8

/** Share of the table's characters one system needs among those a text holds (a name quoted in the other system). */
export const HAN_SCRIPT_SHARE = 0.8

/**
 * Whether Chinese text is written in Simplified (`Hans`) or Traditional (`Hant`) characters, the ISO 15924 codes
 * BCP 47 writes as script subtags (`zh-Hans`, `zh-Hant`): by the characters of a per-system table (Simplified and
 * Traditional forms of one character, pair by pair) the text holds. Told when it holds at least
 * {@link HAN_SCRIPT_MIN} of them and {@link HAN_SCRIPT_SHARE} of those are of one system; `undefined` otherwise
 * (too little Chinese, or a mix). Characters written alike in both systems (most of them) say nothing.
 * @param text Chinese prose.
 * @returns `Hans`, `Hant`, or `undefined` when the text does not tell.
 */
export function hanScript(text: string): 'Hans' | 'Hant' | undefined {
  let s = 0
  let t = 0
  for (const c of text) {
    if (simplified.has(c)) s++
    else if (traditional.has(c)) t++
  }
  const n = s + t
  if (n < HAN_SCRIPT_MIN) return undefined
  if (s >= HAN_SCRIPT_SHARE * n) return 'Hans'
  if (t >= HAN_SCRIPT_SHARE * n) return 'Hant'
  return undefined
}
