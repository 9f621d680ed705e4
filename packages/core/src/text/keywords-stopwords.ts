// Stopwords for keyword extraction (data): function words, pronouns, particles and intensifiers that
// never start or end a key phrase. Vietnamese entries are syllables, written accented. Negation
// ("không") and intensifiers ("rất", "quá", "very") are stopwords here, so "rất chậm" yields "chậm":
// keywords name what is talked about, sentiment is the sentiment model's job.

const words = (list: string) => new Set(list.split(/\s+/).filter((word) => word.length > 0));

export const VIETNAMESE_STOPWORDS = words(`
  và với của là có được bị thì mà cũng đã đang sẽ vẫn còn rồi nữa này kia đó ấy nọ đây
  các những mọi một hai ba cái con chiếc người ta tôi mình tớ em anh chị bạn họ nó chúng ông bà cô chú
  ở tại trong ngoài trên dưới vào ra lên xuống đến tới từ cho để như khi lúc nếu vì do nên tuy dù
  rất quá lắm hơi khá cực siêu thật thực sự hơn nhất nhiều ít chỉ đều luôn lại vừa mới hay hoặc
  không chưa chẳng đừng gì nào sao đâu ai bao vậy thế nhé nha nhá ạ à ơi ha hả hử nhỉ đi thôi
  thấy làm nói biết muốn cần phải về nhưng tuy nhiên song nhé ok oke uh ừ vâng dạ
  hihi haha kaka hehe vs rùi luôn lun
`);

export const ENGLISH_STOPWORDS = words(`
  a an the and or but if then so than too very really quite just also only even still yet not no nor
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
  this that these those there here what which who whom whose when where why how
  is am are was were be been being have has had having do does did done doing will would shall should
  can could may might must get got getting go went gone make made
  of in on at to from by with about for into onto over under after before during through up down out
  off again once all any both each few more most other some such own same as until while because
  s t don didn doesn isn wasn aren weren won wouldn can't don't didn't isn't wasn't it's i'm i've
  ve ll re d m o y much many lot lots thing things one ever every never always ok okay
`);

/**
 * Unaccented forms that are also content syllables ("do" is độ in "thái độ", "the" is thẻ, "cho" is
 * chờ, "lai" is lãi in "lãi suất"): in text typed without diacritics they are not stopwords.
 */
export const AMBIGUOUS_FOLDED_STOPWORDS = new Set(
  "do ra ma co tai ban den lai the di cho bao sao dang toi qua vi nen ta tu khi luc nhu ve con lan nua chi".split(
    " ",
  ),
);
