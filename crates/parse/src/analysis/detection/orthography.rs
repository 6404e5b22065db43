//! What the spelling of a Cyrillic text gives away about its language.
//!
//! One pass over the text scores Belarusian, Russian and Ukrainian in log
//! units (natural log of a likelihood ratio, roughly):
//! - letters, by how often each language writes them: ў only in be; ї, є, ґ
//!   only in uk; ъ only in ru; и and щ in ru and uk; і in be and uk; ы, э, ё
//!   in ru and be; о is rarer in be (akanne), а commoner;
//! - letter pairs the spelling rules forbid or favour: be has no soft т, д,
//!   р, ж, ш, ч (no "ть", "де", "ре", "же", "чі") but "ць" and "дзе"; ru
//!   never writes "жы", "шы", "чя", never doubles a consonant before я/ю/і
//!   ("пытання", "життя"), and writes "ие"/"ия" where uk writes "іє"/"ія";
//!   "ьо" and "ськ" are Ukrainian; an apostrophe between letters is be or uk;
//! - word shapes: two о in one word is rare in be (akanne), a final "-ый"
//!   is Russian; Russian "-ость", "-его", "-ать", a separating ь before a
//!   vowel; Ukrainian "ви-", "роз-", "-ються", locative "-ці", "-ція"
//!   (be "-цыя"), loans with initial е (ru and be э);
//! - the word lists of [`super::words`].
//!
//! Invariant: linear in the text, no allocation except one reusable word
//! buffer; never panics.

use super::script::{Script, ScriptCounts, fold, script};
use super::words;

/// Index of Belarusian in a score array.
pub(crate) const BE: usize = 0;
/// Index of Russian.
pub(crate) const RU: usize = 1;
/// Index of Ukrainian.
pub(crate) const UK: usize = 2;

/// Log-score of each Cyrillic language (be, ru, uk), higher is likelier.
pub(crate) type Scores = [f64; 3];

/// What one pass over a text found.
#[derive(Debug, Clone, Default)]
pub(crate) struct Evidence {
    /// Letters per script.
    pub counts: ScriptCounts,
    /// Spelling and word-list scores of be, ru, uk.
    pub scores: Scores,
    /// Letters only one language writes: ў (be), ъ (ru), ї є ґ (uk).
    pub unique: [usize; 3],
}

/// Per mille frequency of each telling letter in be, ru, uk running text.
/// Letters a language does not write get a small floor (typos, names).
const LETTERS: [(char, [f64; 3]); 14] = [
    ('и', [0.2, 70.0, 68.0]),
    ('і', [55.0, 0.2, 57.0]),
    ('ы', [17.0, 19.0, 0.1]),
    ('э', [9.0, 3.0, 0.1]),
    ('ё', [7.0, 2.0, 0.1]),
    ('щ', [0.1, 4.0, 6.0]),
    ('ъ', [0.03, 0.4, 0.03]),
    ('ў', [12.0, 0.03, 0.03]),
    ('ї', [0.03, 0.03, 7.0]),
    ('є', [0.03, 0.03, 4.0]),
    ('ґ', [0.02, 0.02, 0.2]),
    ('о', [65.0, 105.0, 100.0]),
    ('а', [110.0, 80.0, 86.0]),
    ('е', [70.0, 80.0, 55.0]),
];

/// Per mille frequency of an apostrophe between two Cyrillic letters.
const APOSTROPHE: [f64; 3] = [1.5, 0.03, 2.0];

/// Log-probabilities of the telling letters and of "any other letter".
struct LetterModel {
    letters: [(char, Scores); 14],
    other: Scores,
    apostrophe: Scores,
}

/// The letter model, in log units.
static MODEL: std::sync::LazyLock<LetterModel> = std::sync::LazyLock::new(|| {
    let mut letters = [(' ', [0.0; 3]); 14];
    let mut sum = [0.0; 3];
    for (slot, (c, freq)) in letters.iter_mut().zip(LETTERS.iter()) {
        *slot = (*c, freq.map(|f| (f / 1000.0).ln()));
        for (s, f) in sum.iter_mut().zip(freq) {
            *s += f;
        }
    }
    LetterModel {
        letters,
        other: sum.map(|s| ((1000.0 - s) / 1000.0).ln()),
        apostrophe: APOSTROPHE.map(|f| (f / 1000.0).ln()),
    }
});

/// Adds `amount` to the languages whose bit is not in `mask` (a penalty when negative).
fn penalise(scores: &mut Scores, keep: [bool; 3], amount: f64) {
    for (score, kept) in scores.iter_mut().zip(keep) {
        if !kept {
            *score += amount;
        }
    }
}

/// Scans `text` once and gathers the evidence.
pub(crate) fn scan(text: &str) -> Evidence {
    let model = &*MODEL;
    let mut ev = Evidence::default();
    let mut word = String::new();
    // The previous two characters of the current word (folded), '\0' at a word start.
    let (mut p1, mut p2) = ('\0', '\0');
    let mut pending_apostrophe = false;
    for raw in text.chars() {
        let kind = script(raw);
        ev.counts.add(kind);
        match kind {
            Script::Cyrillic => {
                let c = fold(raw);
                if pending_apostrophe && is_cyrillic(p1) {
                    add(&mut ev.scores, model.apostrophe);
                    word.push('\'');
                }
                pending_apostrophe = false;
                letter(&mut ev, model, c);
                pair(&mut ev.scores, p2, p1, c);
                word.push(c);
                (p2, p1) = (p1, c);
            }
            Script::Latin | Script::Han | Script::OtherLetter => {
                if pending_apostrophe && !word.is_empty() {
                    word.push('\'');
                }
                pending_apostrophe = false;
                word.push(fold(raw));
                (p2, p1) = (p1, fold(raw));
            }
            Script::Apostrophe if !word.is_empty() && !pending_apostrophe => {
                pending_apostrophe = true;
            }
            _ => {
                end_word(&mut ev, &word, p1, p2);
                word.clear();
                (p2, p1) = ('\0', '\0');
                pending_apostrophe = false;
            }
        }
    }
    end_word(&mut ev, &word, p1, p2);
    ev
}

/// Whether `c` is a (folded) Cyrillic letter.
fn is_cyrillic(c: char) -> bool {
    ('\u{0430}'..='\u{04FF}').contains(&c)
}

/// Adds `delta` to every score.
fn add(scores: &mut Scores, delta: Scores) {
    for (s, d) in scores.iter_mut().zip(delta) {
        *s += d;
    }
}

/// Scores one Cyrillic letter.
fn letter(ev: &mut Evidence, model: &LetterModel, c: char) {
    let logp = model
        .letters
        .iter()
        .find(|(l, _)| *l == c)
        .map_or(model.other, |(_, p)| *p);
    add(&mut ev.scores, logp);
    match c {
        'ў' => ev.unique[BE] += 1,
        'ъ' => ev.unique[RU] += 1,
        'ї' | 'є' | 'ґ' => ev.unique[UK] += 1,
        _ => {}
    }
}

/// Scores the letter pair (p1, c), with p2 before it.
fn pair(scores: &mut Scores, p2: char, p1: char, c: char) {
    let soft = matches!(c, 'е' | 'ё' | 'ю' | 'я' | 'і' | 'ь');
    // Belarusian т, д, р, ж, ш, ч are never soft ("це", "дзе", "рэ", "жэ", "чы").
    if soft && matches!(p1, 'т' | 'д' | 'р' | 'ж' | 'ш' | 'ч') {
        scores[BE] -= 3.0;
    }
    match (p1, c) {
        ('ц', 'ь') => scores[RU] -= 3.0,
        ('ж' | 'ш' | 'ч' | 'щ', 'ы') => scores[RU] -= 4.0,
        ('ч' | 'щ', 'я' | 'ю') => {
            scores[RU] -= 3.0;
            scores[BE] -= 1.0;
        }
        // Ukrainian writes і before a vowel ("радіо", "діапазон", "версії").
        ('и', 'е' | 'я' | 'ю' | 'ё' | 'а' | 'о' | 'у' | 'и') => scores[UK] -= 2.0,
        // Russian separating ь before a vowel ("статья", "объявленье"); uk and
        // be write an apostrophe or a doubled consonant ("стаття", "сям'я").
        ('ь', 'я' | 'ю' | 'е' | 'и' | 'ё') => {
            scores[UK] -= 2.5;
            scores[BE] -= 2.5;
        }
        // After a vowel Ukrainian writes є, not е ("має", "нове" but "своє").
        ('а' | 'о' | 'у' | 'е' | 'я' | 'ю', 'е') => scores[UK] -= 1.5,
        // Belarusian writes ы after ц ("інструкцыя"); uk "ція".
        ('і', 'я' | 'ю' | 'є' | 'ї' | 'а' | 'о') if p2 == 'ц' => scores[BE] -= 2.5,
        ('ь', 'о') => {
            scores[RU] -= 1.5;
            scores[BE] -= 1.5;
        }
        ('з', 'е' | 'і' | 'я' | 'ё' | 'ю' | 'ь') if p2 == 'д' => {
            scores[RU] -= 2.0;
            scores[UK] -= 1.0;
        }
        _ => {}
    }
    if p2 == p1 && matches!(c, 'я' | 'ю' | 'і') && !matches!(p1, 'а' | 'е' | 'о' | 'у' | 'и' | 'і')
    {
        scores[RU] -= 2.0;
    }
    // Russian "-тся"; Ukrainian always writes "-ться"/"-ється", Belarusian "-цца".
    if p2 == 'т' && p1 == 'с' && c == 'я' {
        scores[UK] -= 2.0;
        scores[BE] -= 2.0;
    }
    // Belarusian writes ў, not в, after a vowel before a consonant ("аўтар").
    if is_vowel(p2) && p1 == 'в' && is_consonant(c) {
        scores[BE] -= 2.5;
    }
    // Belarusian "-ыя", never "-ые" ("яўныя", ru "явные").
    if p1 == 'ы' && c == 'е' {
        scores[BE] -= 2.5;
    }
    // A doubled consonant before a hard vowel or a consonant: Russian spelling of
    // loans ("группа", "программа"); be and uk simplify them, uk keeps "-нн-".
    // Russian participles "-ющ-", "-ущ-", "-ящ-" (uk and be "-юч-", "-уч-", "-яч-").
    // Not "-пущ-": Ukrainian writes it too ("пропущено", "запущений").
    if c == 'щ' && (matches!(p1, 'ю' | 'я') || p1 == 'у' && p2 != 'п') {
        scores[UK] -= 2.0;
    }
    // Ukrainian writes ї after a vowel ("мої"), never и ("поиск" is Russian).
    if c == 'и' && is_vowel(p1) {
        scores[UK] -= 2.5;
    }
    if p2 == p1 && is_consonant(p1) && !soft && !(c == 'и' && p1 == 'н') {
        scores[BE] -= 2.0;
        if p1 != 'н' {
            scores[UK] -= 1.5;
        }
    }
    if p2 == 'с' && p1 == 'ь' && c == 'к' {
        scores[RU] -= 3.0;
        scores[BE] -= 2.5;
    }
}

/// Whether `c` is a Cyrillic vowel letter.
fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'е' | 'ё' | 'и' | 'і' | 'ї' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'є'
    )
}

/// Whether `c` is a Cyrillic consonant letter (ў and й included).
fn is_consonant(c: char) -> bool {
    is_cyrillic(c) && !is_vowel(c) && !matches!(c, 'ь' | 'ъ')
}

/// Scores a finished word: its shape, then the word lists.
fn end_word(ev: &mut Evidence, word: &str, last: char, before: char) {
    if word.is_empty() {
        return;
    }
    let letters = word.chars().count();
    // Belarusian has ў for a final в after a vowel ("Львоў") and
    // simplifies a final double consonant ("клас").
    if is_vowel(before) && last == 'в' {
        ev.scores[BE] -= 2.5;
    }
    if before == last && is_consonant(last) {
        ev.scores[BE] -= 2.0;
        ev.scores[UK] -= 1.5;
    }
    let mut chars = word.chars();
    let (first, second) = (chars.next().unwrap_or(' '), chars.next().unwrap_or(' '));
    // Belarusian writes у/ў, not в, at the start of a word before a consonant ("ўсё").
    if first == 'в' && is_consonant(second) && second != 'р' && second != 'л' {
        ev.scores[BE] -= 1.5;
    }
    // Ukrainian prefix "від-" before a consonant ("відступ"); be "ад-", ru "от-".
    if word.starts_with("від") && word.chars().nth(3).is_some_and(is_consonant) {
        ev.scores[BE] -= 2.5;
    }
    // Ukrainian prefix "роз-" before a consonant ("розпізнавання"); be
    // "рас-"/"раз-" (akanne), ru "рас-"/"раз-".
    if word.starts_with("роз") && word.chars().nth(3).is_some_and(is_consonant) {
        ev.scores[BE] -= 1.5;
        ev.scores[RU] -= 1.0;
    }
    // Ukrainian locative and dative "-ці" after a consonant ("блоці",
    // "сторінці"); Belarusian writes "-цы"/"-цэ" there, its final "-ці"
    // follows с or з ("несці", "маёмасці").
    if last == 'і' && before == 'ц' {
        let third = word.chars().rev().nth(2).unwrap_or(' ');
        if is_consonant(third) && !matches!(third, 'с' | 'з') {
            ev.scores[BE] -= 2.0;
        }
    }
    // Unstressed final "-но" of a participle ("увімкнено", "завершено"):
    // Belarusian writes "-на" (akanne).
    if word.ends_with("ено") && letters > 5 {
        ev.scores[BE] -= 1.0;
    }
    // Belarusian "пера-" where ru and uk write "пере-".
    if word.starts_with("пере") {
        ev.scores[BE] -= 1.5;
    }
    // Adjective and noun endings Ukrainian does not have: "-ая", "-ое", "-ую"
    // (uk "-а", "-е", "-у"), "-ости", "-ции" (uk "-ості", "-ції"); "-ов" is
    // mostly the Russian genitive plural (uk "-ів").
    if letters > 3 {
        let penalty = match (before, last) {
            ('а', 'я') | ('о', 'е') => 2.5,
            ('у', 'ю') => 1.0,
            ('о', 'в') => 1.0,
            _ => 0.0,
        };
        ev.scores[UK] -= penalty;
    }
    if word.ends_with("ости") || word.ends_with("ость") || word.ends_with("ций") {
        ev.scores[UK] -= 2.0;
    }
    // Russian soft adjective and pronoun endings "-его", "-ему" (uk "-ього",
    // "-ьому"); Russian infinitives "-ать", "-еть" (uk "-ати", "-іти").
    if letters > 3
        && (word.ends_with("его")
            || word.ends_with("ему")
            || word.ends_with("ать")
            || word.ends_with("еть"))
    {
        ev.scores[UK] -= 1.2;
    }
    // Ukrainian prefix "ви-" before a consonant ("вимкнено", "вибір"); ru
    // "вы-", be "вы-". Not before д, з, р, н, л, where Russian has "вид",
    // "визуальный", "виртуальный", "винт", "вилка".
    if word.starts_with("ви")
        && word.chars().nth(2).is_some_and(|c| {
            c == 'я' || is_consonant(c) && !matches!(c, 'д' | 'з' | 'р' | 'н' | 'л' | 'й')
        })
        && letters > 4
    {
        ev.scores[RU] -= 1.5;
    }
    // Ukrainian writes е at the start of loans ("екран", "елемент", "ефект"),
    // ru and be э; native Russian words with initial е are few ("если",
    // "его", "еще", "единый").
    if first == 'е' && is_consonant(second) && !matches!(second, 'с' | 'д' | 'г' | 'щ' | 'ж' | 'й')
    {
        ev.scores[RU] -= 1.5;
        ev.scores[BE] -= 1.0;
    }
    // Ukrainian participles and adjectives with one н ("незавершеним",
    // "написаного"); Russian doubles it ("-енным", "-анного"), Belarusian
    // writes "-ен-ым", "-анага".
    if letters > 6
        && [
            "еним",
            "еного",
            "еному",
            "ених",
            "еними",
            "аним",
            "аного",
            "аному",
            "аних",
        ]
        .iter()
        .any(|end| word.ends_with(end))
    {
        ev.scores[RU] -= 2.0;
        ev.scores[BE] -= 2.0;
    }
    // Accusative "-юю" ("стороннюю"): Ukrainian writes "-ю"; Russian
    // "-ируем-"/"-ирова-" (uk "-ізу-"/"-ува-").
    if word.ends_with("юю") || has_iru(word) {
        ev.scores[UK] -= 2.5;
    }
    // Russian "-ого" is Belarusian "-ага" unless stressed.
    if word.ends_with("ого") {
        ev.scores[BE] -= 1.0;
    }
    // Ukrainian 3rd person plural "-уть"/"-ють" (ru "-ут"/"-ют", be "-уць"),
    // Ukrainian past "-ув" (ru "-ул").
    // Ukrainian reflexive 3rd person plural "-ються" (ru "-ются").
    if word.ends_with("ють")
        || word.ends_with("ються")
        || (word.ends_with("уть") && !word.ends_with("нуть"))
    {
        ev.scores[RU] -= 2.0;
    }
    if before == 'у' && last == 'в' {
        ev.scores[RU] -= 1.5;
    }
    // Russian reflexive past "-лся" (uk "-вся", be "-ўся").
    if word.ends_with("лся") {
        ev.scores[UK] -= 2.5;
        ev.scores[BE] -= 2.5;
    }
    // Russian has "-ый", "-ым", "-ых" after a hard consonant; Ukrainian "-ий", "-им", "-их".
    if matches!(last, 'й' | 'м' | 'х') && before == 'и' {
        let hard = word.chars().rev().nth(2).unwrap_or(' ');
        if matches!(
            hard,
            // Not after р: Russian nouns "сценарий", "комментарий".
            'б' | 'в' | 'д' | 'з' | 'л' | 'м' | 'п' | 'с' | 'т' | 'ф'
        ) {
            ev.scores[RU] -= 1.5;
        } else if hard == 'н' {
            // Russian soft "-ний" follows д, х, ж, т, м, н, с ("последний",
            // "внешний"); Ukrainian "-ний" also follows в, р, л, ч ("основний").
            let before_n = word.chars().rev().nth(3).unwrap_or(' ');
            let penalty = if matches!(before_n, 'в' | 'р' | 'л' | 'ч' | 'к' | 'п' | 'б') {
                1.5
            } else {
                0.7
            };
            ev.scores[RU] -= penalty;
        }
    }
    stems(ev, word);
    if word.chars().filter(|c| *c == 'о').count() >= 2 {
        ev.scores[BE] -= 1.2;
    }
    if before == 'ы' && last == 'й' {
        ev.scores[BE] -= 3.0;
    }
    // Ukrainian words hardly ever start with и ("из", "или", "имя" are Russian).
    if word.starts_with('и') {
        ev.scores[UK] -= 2.5;
    }
    match (before, last) {
        // Russian feminine adjective endings; uk writes "-ої", be "-ай"/"-ой".
        ('о', 'й') if word != "той" && word != "свой" => ev.scores[UK] -= 1.5,
        ('о', 'ю') => ev.scores[RU] -= 1.0,
        // Ukrainian infinitive "-ти" after a vowel ("створити"); Russian "-ть".
        ('т', 'и') if letters > 4 => ev.scores[RU] -= 1.0,
        _ => {}
    }
    word_list(ev, words::languages(word));
}

/// Whether `word` has "ируем" or "ирова" in it (compared as bytes: a
/// substring searcher costs more to set up than these words are long).
fn has_iru(word: &str) -> bool {
    const IRUEM: &[u8] = "ируем".as_bytes();
    const IROVA: &[u8] = "ирова".as_bytes();
    word.as_bytes()
        .windows(IRUEM.len())
        .any(|w| w == IRUEM || w == IROVA)
}

/// Scores a word by the stems of [`words::stem_languages`].
fn stems(ev: &mut Evidence, word: &str) {
    let mask = words::stem_languages(word);
    if mask != 0 {
        let keep = [
            mask & words::BE != 0,
            mask & words::RU != 0,
            mask & words::UK != 0,
        ];
        penalise(&mut ev.scores, keep, -3.0);
    }
}

/// Scores a word found in the lists of `mask`.
fn word_list(ev: &mut Evidence, mask: u8) {
    if mask == 0 {
        return;
    }
    let cyr = mask & (words::BE | words::RU | words::UK);
    if cyr != 0 {
        let keep = [
            cyr & words::BE != 0,
            cyr & words::RU != 0,
            cyr & words::UK != 0,
        ];
        // A word only one language lists is strong evidence; one that two
        // share only rules out the third.
        let penalty = if cyr.count_ones() == 1 { 6.0 } else { 2.5 };
        penalise(&mut ev.scores, keep, -penalty);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn best(text: &str) -> usize {
        let s = scan(text).scores;
        (0..3).max_by(|a, b| s[*a].total_cmp(&s[*b])).unwrap_or(BE)
    }

    #[test]
    fn deciding_letters() {
        assert_eq!(best("Праўда"), BE);
        assert_eq!(best("Їжак"), UK);
        assert_eq!(best("объявление"), RU);
        assert_eq!(best("Київ і Львів"), UK);
    }

    #[test]
    fn letter_pairs_without_deciding_letters() {
        // "ть" and "де" are impossible in Belarusian; "ы" excludes Ukrainian.
        assert_eq!(best("открыть окно"), RU);
        // Belarusian "ць" and "дзе".
        assert_eq!(best("быць дзе"), BE);
        // Doubled consonant before я: Ukrainian (or Belarusian), never Russian.
        assert_ne!(best("питання"), RU);
    }

    #[test]
    fn word_forms_without_deciding_letters() {
        // Russian "-ость", "-его", separating ь; Ukrainian "ви-", "роз-", "-ці".
        let ev = scan("видимость");
        assert!(ev.scores[RU] > ev.scores[UK]);
        let ev = scan("последнего");
        assert!(ev.scores[RU] > ev.scores[UK]);
        let ev = scan("статья");
        assert!(ev.scores[RU] > ev.scores[UK] && ev.scores[RU] > ev.scores[BE]);
        let ev = scan("виявлено");
        assert!(ev.scores[UK] > ev.scores[RU]);
        let ev = scan("розпакування");
        assert!(ev.scores[UK] > ev.scores[BE] && ev.scores[UK] > ev.scores[RU]);
        let ev = scan("Інструкція");
        assert!(ev.scores[UK] > ev.scores[BE]);
        let ev = scan("на сторінці");
        assert!(ev.scores[UK] > ev.scores[BE]);
        // Belarusian "-сці" stays Belarusian-friendly.
        let ev = scan("маёмасці");
        assert!(ev.scores[BE] > ev.scores[UK]);
    }

    #[test]
    fn single_n_participles_and_russian_endings() {
        // Ukrainian "-еним", "-аного" (ru "-енным", "-анного").
        let ev = scan("незавершеним блоком");
        assert!(ev.scores[UK] > ev.scores[RU] && ev.scores[UK] > ev.scores[BE]);
        let ev = scan("написаного");
        assert!(ev.scores[UK] > ev.scores[RU]);
        // Russian "-юю" and "-ирова-".
        let ev = scan("стороннюю");
        assert!(ev.scores[RU] > ev.scores[UK]);
        let ev = scan("форматирование");
        assert!(ev.scores[RU] > ev.scores[UK]);
    }

    #[test]
    fn apostrophe_between_letters() {
        let ev = scan("з’яўляецца");
        assert!(ev.scores[BE] > ev.scores[RU]);
        let ev = scan("м'ята");
        assert!(ev.scores[UK] > ev.scores[RU]);
    }

    #[test]
    fn counts_scripts_and_unique_letters() {
        let ev = scan("Ўсход — East, 2024");
        assert_eq!(ev.counts.cyrillic, 5);
        assert_eq!(ev.counts.latin, 4);
        assert_eq!(ev.unique[BE], 1);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in ["", "'", "’’’", "a'", "'б", "ў'ў'", "\u{0}", "Ё", "ʼʼа"] {
            let _ = scan(s);
        }
    }
}
