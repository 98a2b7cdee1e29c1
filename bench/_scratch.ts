const WORD_RE =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]*(?:['\u2019\u2018`\u00B4\u2032][\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]+)*/gu;
const text = "Президент Мирзиёев посетил Алма-Ату и встретился с Токаевым. ".repeat(60) + "President Tokayev met Mirziyoyev in Almaty on Tuesday, officials said. ".repeat(50);
let t = performance.now();
let n = 0;
for (let i = 0; i < 200; i++) for (const m of text.matchAll(WORD_RE)) n += m[0].length;
console.log("scan ms", (performance.now() - t) / 200);
t = performance.now();
for (let i = 0; i < 200; i++) for (const m of text.matchAll(WORD_RE)) { const s = m[0].normalize("NFKC").toLowerCase(); n+= s.length; }
console.log("scan+nfkc ms", (performance.now() - t) / 200);
