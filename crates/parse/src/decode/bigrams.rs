//! Letter pairs common in Russian, Belarusian and Ukrainian words.
//!
//! A hand-made table, written from knowledge of the three languages: the
//! pairs that make up most of ordinary prose (syllables, endings, prefixes),
//! lower case. The plausibility model rewards words built of these pairs;
//! text decoded in the wrong code page scrambles letters into rare pairs.
//! The letters are indexed by [`letter_index`]; the table is a 38×38 bit
//! matrix built once.

use std::sync::LazyLock;

/// The Cyrillic letters the model knows, lower case, in index order.
#[cfg(test)]
const LETTERS: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўєїґ";

/// How many letters the table has (see `letter_index`).
pub(super) const COUNT: usize = 38;

/// Common pairs of Russian.
const RUSSIAN: &str = "ст но то на ен ов ни ра во ко ал пр ро ре по ос ет ол не ер ли ор та од \
    ло ан ка го ес ел ве ом ль де ва ле ак ть ит ат ны ри ив ме ин ла ог ми ск ем ой ий ых ие ия \
    ая ое ее ую ам им ах ди ти си ки ви ся нн он ей те ту ты да до ду дн зн за зо бо бе бы бл бр \
    вы вс вн вл ег ед ез ек еп ех еч ещ жд же жи зв зд зи иб иг ид из ик ил им ис их иц ич ию кл \
    кр ку кт лу лы лю ля ма мо му мы мн нь ня об ож оз ок оп от ох оч па пе пи пл пу ру ры рь ря \
    са се со сп су сы сь см сл сн тр ть уд уж ук ул ум ун ур ус ут уч ци ча че чи чн чт ше щи ще \
    ыв ые ый ым ьн ье ют яв ят яз ёт ём ёл ёр ёх тв тн вт ба би бу бщ бъ бя вз во вп вр вш ги гл \
    гр гу да дв ди дл др ду ев еж ей ел ем ен ер ес ет жа жн зм зу иа ии ио ка ки ко кс кц ку лн \
    ль мп мм мя нд нк нс нт нц нч ня ои ол оо ор ощ оя пи по пп пь пя рв рг рд рж рк рм рн ро рс \
    рт рш сб св сж сс сх сч сю тк тл то ту тя уа уб ув уг уз уи уп уш фе фи фо фр ха хи хо хр \
    цу чё ша шк шн щё щн ъе ъя ьб ьз ьк ьм ьс ьт ьш ью юд юз юм юр юс юю яд ял ям ян яс ях ящ \
    ык ыл ын ыр ыс ыт ыш ыб ыг ыд ыз ыл дь зь сь ць мь бь вь пь кв гд хн вш";

/// Common pairs of Belarusian beyond the Russian ones.
const BELARUSIAN: &str = "ць цц дз дж ўс аў оў еў іў ыў яў ўн ўл ўт ўк ўр ўп ўв ўж ўч ўш ўз ўм \
    ўг ўд ўб рэ сэ тэ нэ лэ мэ дэ зэ шэ чэ жэ цэ вэ пэ бэ гэ хэ кэ эт эн эр эл эк эм эс эф эц \
    ві ні лі мі пі бі сі зі кі гі хі ці ія іх іс ін ік іл ім іт ір ід іч іц іш ів іг іб із іп \
    ае ыя ыц ыі яе ое ыя шч ёў ён ьв ьн нь сь зь ць ля ле лю цы цу ца цо шы жы чы ры ар ад аб \
    ав аг аз ай ак ап ас ат ах ац ач аш ая ба бы ва вы га гэ да ды дзе ец ёй жа жо ко ку лу ма \
    мо ня пы ро рэ са сы та ты фа ха чн шт";

/// Common pairs of Ukrainian beyond the others.
const UKRAINIAN: &str = "ій ії її ої ує ає іє єм єт єю єн єр єю ця це ці цю ти ки ди ви ри ли \
    ми пи си зи ни хи ги бі ді ті рі фі жі чі ші щі їх їн їз їж їв ґр ґа ґу ґе ґо ґи аґ уґ ре \
    ро ву ва ви во ря ть ся що ще як ик ин ис ит ив ич иш иц иж ий іл ок ов ор пр ст ан ен он \
    ун ін нн тт лл ьо йо ьк шн";

/// The letter matrix: bit `b` of row `a` is set when the pair `a b` is common.
static COMMON: LazyLock<[u64; COUNT]> = LazyLock::new(|| {
    let mut rows = [0u64; COUNT];
    for word in RUSSIAN
        .split_whitespace()
        .chain(BELARUSIAN.split_whitespace())
        .chain(UKRAINIAN.split_whitespace())
    {
        let letters: Vec<usize> = word.chars().filter_map(letter_index).collect();
        for pair in letters.windows(2) {
            if let (Some(&a), Some(&b)) = (pair.first(), pair.get(1))
                && let Some(row) = rows.get_mut(a)
            {
                *row |= 1 << b;
            }
        }
    }
    rows
});

/// The index of a lower-case Cyrillic letter in the table, or `None`.
pub(super) fn letter_index(c: char) -> Option<usize> {
    match c {
        'а'..='е' => Some(c as usize - 'а' as usize),
        'ё' => Some(6),
        'ж'..='я' => Some(c as usize - 'ж' as usize + 7),
        'і' => Some(33),
        'ў' => Some(34),
        'є' => Some(35),
        'ї' => Some(36),
        'ґ' => Some(37),
        _ => None,
    }
}

/// Whether the pair of letters (by [`letter_index`]) is common.
pub(super) fn is_common(a: usize, b: usize) -> bool {
    COMMON
        .get(a)
        .is_some_and(|row| b < COUNT && row & (1 << b) != 0)
}

/// Whether the letter (by [`letter_index`]) is a vowel.
pub(super) fn is_vowel(i: usize) -> bool {
    matches!(
        i,
        0 | 5 | 6 | 9 | 15 | 20 | 28 | 30 | 31 | 32 | 33 | 35 | 36
    )
}

/// Whether the letter (by [`letter_index`]) is a soft or hard sign or `ы`.
pub(super) fn is_sign(i: usize) -> bool {
    matches!(i, 27..=29)
}

/// Whether the letter (by [`letter_index`]) is `й`.
pub(super) fn is_short_i(i: usize) -> bool {
    i == 10
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_indexed_in_table_order() {
        assert_eq!(LETTERS.chars().count(), COUNT);
        for (i, c) in LETTERS.chars().enumerate() {
            assert_eq!(letter_index(c), Some(i), "{c}");
        }
        assert_eq!(letter_index('a'), None);
        assert_eq!(letter_index('Я'), None);
    }

    #[test]
    fn vowels_and_signs() {
        let vowels: String = LETTERS
            .chars()
            .filter(|&c| letter_index(c).is_some_and(is_vowel))
            .collect();
        assert_eq!(vowels, "аеёиоуыэюяієї");
        let signs: String = LETTERS
            .chars()
            .filter(|&c| letter_index(c).is_some_and(is_sign))
            .collect();
        assert_eq!(signs, "ъыь");
    }

    #[test]
    fn common_pairs_are_found() {
        let pair = |s: &str| {
            let v: Vec<usize> = s.chars().filter_map(letter_index).collect();
            is_common(v[0], v[1])
        };
        assert!(pair("ст"));
        assert!(pair("ць"));
        assert!(pair("ўс"));
        assert!(pair("її"));
        assert!(!pair("ъь"));
        assert!(!pair("хб"));
    }
}
