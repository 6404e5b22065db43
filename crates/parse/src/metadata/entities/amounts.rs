//! Sums of money: the value in units and the ISO 4217 currency.
//!
//! `9,4 млн долларов США` → 9 400 000 USD, `8 million USD`, `108 thousand
//! euros`, `USD 60`, `GBP 18,500`, `$5,000`, `2 847,6 тыс. рублей`,
//! `60 000 беларускіх рублёў` → BYN, `1,2 млн российских рублей` → RUB,
//! `9,4 млн китайских юаней` → CNY; a sum spelt out in brackets may stand
//! between the figures and the currency (`126 400 (сто двадцать шесть
//! тысяч четыреста) белорусских рублей`).
//!
//! Plain roubles (`рублей`, `руб.`, `р.`) are Belarusian roubles (BYN) in a
//! Belarusian document and Russian roubles (RUB) otherwise. A document is
//! Belarusian when its main language is Belarusian, or when its mentions of
//! Belarus and Belarusian cities are at least as many as those of Russia and
//! Russian cities (and there is at least one). Values are computed from the
//! digits exactly (no 9.4 × 10⁶ rounding noise). A comma before exactly
//! three digits is a thousands separator next to a Latin currency (`GBP
//! 18,500`) and a decimal comma otherwise (`2,800 млн` is rare, `2,8 млн`
//! common).

use std::sync::OnceLock;

use regex::Regex;

use super::countries::Mention;
use super::prefilter;
use crate::analysis::letters::is_letter;
use crate::model::{Amount, Language};

/// A number: digit groups split by spaces, or plain digits, with decimals.
const NUM: &str =
    r"\d{1,3}(?:[ \u{a0}\u{202f}]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?";

/// Words that multiply.
const SCALE: &str = r"млн\.?|миллион\w*|мільён\w*|млрд\.?|миллиард\w*|мільярд\w*|тыс\.?|тысяч\w*|тысяч|million|mln|billion|bn|thousand";

/// Currency words and signs after a number.
const CUR_AFTER: &str = concat!(
    r"доллар\w*(?:\s+США)?|долл\.?(?:\s?США)?|даляр\w*(?:\s+ЗША)?|US\s?dollars?|dollars?|USD|",
    r"евро|еўра|euros?|EUR|€|",
    r"российск\w*\s+рубл\w*|расійск\w*\s+рубл\w*|рос\.\s?руб\.?|",
    r"белорусск\w*\s+рубл\w*|беларуск\w*\s+рубл\w*|бел\.\s?руб\.?|",
    r"рубл\w*|руб\.?|BYN|BYR|RUB|",
    r"(?:китайск\w*\s+|кітайск\w*\s+)?юан\w*|CNY|RMB|yuan|",
    r"фунт\w*\s+стерлинг\w*|фунт\w*\s+стэрлінг\w*|pounds?\s+sterling|GBP|£|",
    r"\$|тенге|KZT|PLN|злот\w*|CHF|швейцарск\w*\s+франк\w*|JPY|yen|гривен\w*|грыўн\w*|UAH"
);

/// Currency codes and signs before a number.
const CUR_BEFORE: &str = r"USD|EUR|GBP|BYN|RUB|CNY|CHF|JPY|PLN|KZT|US\$|\$|€|£";

/// A number spelt out in words in brackets between the figures and the
/// currency, as contracts write it: `126 400 (сто двадцать шесть тысяч
/// четыреста) белорусских рублей`, `5 000 (five thousand) US dollars`.
const IN_WORDS: &str = r"\([\p{L}’ʼ' \u{a0}\n-]{3,160}\)\s?";

/// Every amount pattern, compiled once.
static AMOUNT: OnceLock<Regex> = OnceLock::new();

/// Compiles [`AMOUNT`].
fn amount_regex() -> Regex {
    Regex::new(&format!(
        r"(?i:(?P<pre>{CUR_BEFORE})[ \u{{a0}}]?(?P<n1>{NUM})(?:[ \u{{a0}}](?P<s1>{SCALE}))?)|(?P<n2>{NUM})\s?(?:(?P<s2>{SCALE})[ \u{{a0}}\n]?)?(?:{IN_WORDS})?(?i:(?P<cur>{CUR_AFTER}))"
    ))
    .expect("valid regex")
}

/// Every amount has a currency word, code or sign containing one of these
/// (see [`prefilter`]); a text without them has no amounts.
const NEEDLES: &[&str] = &[
    "долл",
    "даляр",
    "dollar",
    "usd",
    "евро",
    "еўра",
    "eur",
    "руб",
    "byn",
    "byr",
    "rub",
    "юан",
    "cny",
    "rmb",
    "yuan",
    "фунт",
    "pound",
    "gbp",
    "тенге",
    "kzt",
    "pln",
    "злот",
    "chf",
    "франк",
    "jpy",
    "yen",
    "гривен",
    "грыўн",
    "uah",
    "$",
    "€",
    "£",
];

/// The currency of plain roubles in this document.
pub(super) fn home_currency(lang: Language, mentions: &[Mention], text: &str) -> &'static str {
    if lang == Language::Be {
        return "BYN";
    }
    let by = mentions.iter().filter(|m| m.code == "BY").count() + city_count(text, BY_CITIES);
    let ru = mentions.iter().filter(|m| m.code == "RU").count() + city_count(text, RU_CITIES);
    if by > 0 && by >= ru { "BYN" } else { "RUB" }
}

/// Belarusian cities (stems, capitalised in text).
const BY_CITIES: &[&str] = &[
    "Минск",
    "Мінск",
    "Minsk",
    "Брест",
    "Брэст",
    "Гомел",
    "Гомел",
    "Гродн",
    "Гродзен",
    "Витебск",
    "Віцебск",
    "Могил",
    "Магіл",
    "Бобруйск",
    "Бабруйск",
    "Барановичи",
    "Баранавіч",
    "Полоцк",
    "Полацк",
];

/// Russian cities (stems, capitalised in text).
const RU_CITIES: &[&str] = &[
    "Москв",
    "Moscow",
    "Санкт-Петербург",
    "Петербург",
    "Смоленск",
    "Новосибирск",
    "Екатеринбург",
    "Казан",
    "Брянск",
    "Псков",
];

/// How many words of `text` start with one of `stems`.
fn city_count(text: &str, stems: &[&str]) -> usize {
    text.split(|c: char| !is_letter(c) && c != '-')
        .filter(|w| stems.iter().any(|s| w.starts_with(s)))
        .count()
}

/// Every amount in `text`, without repeats of the same value and currency.
pub(super) fn find(text: &str, home: &'static str) -> Vec<Amount> {
    let mut out: Vec<Amount> = Vec::new();
    let Some(re) = prefilter::gated(&AMOUNT, amount_regex, || {
        prefilter::any(&prefilter::fold(text), NEEDLES)
    }) else {
        return Vec::new();
    };
    for c in re.captures_iter(text) {
        let Some(whole) = c.get(0) else { continue };
        let before = text
            .get(..whole.start())
            .and_then(|t| t.chars().next_back());
        if before.is_some_and(|b| b.is_ascii_digit() || b.is_alphabetic()) {
            continue;
        }
        let after = text.get(whole.end()..).and_then(|t| t.chars().next());
        if after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let (num, scale, cur) = match (c.name("pre"), c.name("n1"), c.name("n2"), c.name("cur")) {
            (Some(p), Some(n), _, _) => (n.as_str(), c.name("s1"), p.as_str()),
            (_, _, Some(n), Some(cur)) => (n.as_str(), c.name("s2"), cur.as_str()),
            _ => continue,
        };
        let code = currency(cur, home);
        let latin = cur.is_ascii() || matches!(cur, "€" | "£");
        let Some(value) = value(num, scale.map(|s| s.as_str()), latin) else {
            continue;
        };
        let words = whole
            .as_str()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !out
            .iter()
            .any(|a| a.value == value && a.currency.as_deref() == Some(code))
        {
            out.push(Amount {
                value,
                currency: Some(code.to_string()),
                text: words,
            });
        }
    }
    out
}

/// The ISO code of a currency word; plain roubles take `home`.
fn currency(word: &str, home: &'static str) -> &'static str {
    let w = word.to_lowercase();
    let has = |p: &str| w.contains(p);
    if has("росс") || has("расій") || has("рос.") || w == "rub" {
        "RUB"
    } else if has("белорус") || has("беларус") || has("бел.") || w == "byn" || w == "byr"
    {
        "BYN"
    } else if has("руб") {
        home
    } else if has("дол") || has("дал") || has("dollar") || has("usd") || w.contains('$') {
        "USD"
    } else if has("евро") || has("еўра") || has("euro") || w == "eur" || w == "€" {
        "EUR"
    } else if has("юан") || w == "cny" || w == "rmb" || w == "yuan" {
        "CNY"
    } else if has("фунт") || has("pound") || w == "gbp" || w == "£" {
        "GBP"
    } else if has("тенге") || w == "kzt" {
        "KZT"
    } else if has("злот") || w == "pln" {
        "PLN"
    } else if has("франк") || w == "chf" {
        "CHF"
    } else if w == "yen" || w == "jpy" {
        "JPY"
    } else if has("грив") || has("грыў") || w == "uah" {
        "UAH"
    } else {
        home
    }
}

/// The power of ten of a scale word.
fn scale_exp(s: &str) -> u32 {
    let s = s.to_lowercase();
    if s.starts_with("млрд")
        || s.starts_with("миллиард")
        || s.starts_with("мільярд")
        || s.starts_with("billion")
        || s == "bn"
    {
        9
    } else if s.starts_with("млн")
        || s.starts_with("миллион")
        || s.starts_with("мільён")
        || s.starts_with("million")
        || s == "mln"
    {
        6
    } else {
        3
    }
}

/// The value of `num` times its scale, computed from the digits.
fn value(num: &str, scale: Option<&str>, latin: bool) -> Option<f64> {
    let clean: String = num.chars().filter(|c| !c.is_whitespace()).collect();
    let (int, frac) = match (clean.rfind(','), clean.rfind('.')) {
        (Some(c), Some(d)) => {
            let (dec, thou) = if c > d { (c, '.') } else { (d, ',') };
            let int: String = clean.get(..dec)?.chars().filter(|&ch| ch != thou).collect();
            (int, clean.get(dec + 1..)?.to_string())
        }
        (Some(c), None) => {
            let after = clean.get(c + 1..)?;
            if latin && after.len() == 3 || clean.matches(',').count() > 1 {
                (clean.replace(',', ""), String::new())
            } else {
                (clean.get(..c)?.to_string(), after.to_string())
            }
        }
        (None, Some(d)) => {
            if clean.matches('.').count() > 1 {
                (clean.replace('.', ""), String::new())
            } else {
                (clean.get(..d)?.to_string(), clean.get(d + 1..)?.to_string())
            }
        }
        (None, None) => (clean, String::new()),
    };
    if int.is_empty()
        || !int.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let digits = format!("{int}{frac}");
    if digits.len() > 18 {
        return None;
    }
    let mantissa: u64 = digits.parse().ok()?;
    let exp = i64::from(scale.map_or(0, scale_exp)) - i64::try_from(frac.len()).ok()?;
    let m = mantissa as f64;
    Some(if exp >= 0 {
        m * 10f64.powi(i32::try_from(exp).ok()?)
    } else {
        m / 10f64.powi(i32::try_from(-exp).ok()?)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amounts(text: &str, home: &'static str) -> Vec<(f64, String, String)> {
        find(text, home)
            .into_iter()
            .map(|a| (a.value, a.currency.unwrap_or_default(), a.text))
            .collect()
    }

    #[test]
    fn russian_and_belarusian_amounts() {
        assert_eq!(
            amounts(
                "составит 9,4 млн долларов США, а также 1,2 млн российских рублей",
                "BYN"
            ),
            [
                (9_400_000.0, "USD".into(), "9,4 млн долларов США".into()),
                (
                    1_200_000.0,
                    "RUB".into(),
                    "1,2 млн российских рублей".into()
                )
            ]
        );
        assert_eq!(
            amounts("не можа перавышаць 60 000 беларускіх рублёў у год", "RUB"),
            [(60_000.0, "BYN".into(), "60 000 беларускіх рублёў".into())]
        );
        assert_eq!(
            amounts("оценивается в 9,4 млн\nкитайских юаней.", "BYN"),
            [(9_400_000.0, "CNY".into(), "9,4 млн китайских юаней".into())]
        );
        assert_eq!(
            amounts(
                "составил 2 847,6 тыс. рублей, из бюджета — 1 920,0 тыс. руб.",
                "BYN"
            ),
            [
                (2_847_600.0, "BYN".into(), "2 847,6 тыс. рублей".into()),
                (1_920_000.0, "BYN".into(), "1 920,0 тыс. руб.".into())
            ]
        );
        assert_eq!(amounts("2,8 млн рублей", "RUB")[0].1, "RUB");
        assert_eq!(amounts("18 500 фунтов стерлингов", "BYN")[0].1, "GBP");
        assert_eq!(amounts("300 бел. руб. и 40 тыс. юаней", "RUB")[0].1, "BYN");
    }

    #[test]
    fn sums_spelt_out_in_brackets() {
        assert_eq!(
            amounts(
                "Стоимость работ составляет 126 400 (сто двадцать шесть тысяч четыреста)\nбелорусских рублей.",
                "RUB"
            ),
            [(
                126_400.0,
                "BYN".into(),
                "126 400 (сто двадцать шесть тысяч четыреста) белорусских рублей".into()
            )]
        );
        assert_eq!(
            amounts(
                "Кошт складае 15 000 (пятнаццаць тысяч) беларускіх рублёў 00 капеек",
                "RUB"
            )[0]
            .0,
            15_000.0
        );
        assert_eq!(
            amounts("a fee of 5,000 (five thousand) US dollars", "BYN")[0],
            (
                5_000.0,
                "USD".into(),
                "5,000 (five thousand) US dollars".into()
            )
        );
        assert!(amounts("в течение 10 (десяти) дней", "BYN").is_empty());
        assert!(amounts("пункт 3 (приложение 2) рублей", "BYN").is_empty());
    }

    #[test]
    fn english_amounts() {
        assert_eq!(amounts("8 million USD", "BYN")[0].0, 8_000_000.0);
        assert_eq!(
            amounts("108 thousand euros", "BYN")[0],
            (108_000.0, "EUR".into(), "108 thousand euros".into())
        );
        assert_eq!(
            amounts("estimated at GBP 18,500.", "BYN")[0],
            (18_500.0, "GBP".into(), "GBP 18,500".into())
        );
        assert_eq!(amounts("cost under USD 60 each", "BYN")[0].0, 60.0);
        assert_eq!(amounts("$5,000 and €1.5 million", "BYN").len(), 2);
        assert_eq!(amounts("€1.5 million", "BYN")[0].0, 1_500_000.0);
    }

    #[test]
    fn numbers_without_currency_are_not_amounts() {
        assert!(
            amounts(
                "64 заявки, 2 тысячи образцов, 4 320 проб, в 2025 году",
                "BYN"
            )
            .is_empty()
        );
        assert!(amounts("Премия, руб.\n15 000", "BYN").is_empty());
    }
}
