//! The addressee block of a letter: `Ректору … Иванову И.И.`,
//! `Рэктару … прафесару Юрэвічу А.Р.`, `Dr Siarhei Mikhnevich / Head, …`.
//!
//! Russian and Belarusian letters put the addressee in the dative, starting
//! with a position (`Директору`, `Міністру`) or ending with a surname and
//! initials (`Иванову И.И.`); English letters start with a title (`Dr`,
//! `Ms`, `Prof.`) or `To:`.
//!
//! Invariant: the recipient is the block as one line (English lines joined
//! with commas, Cyrillic lines with spaces).

use std::sync::LazyLock;

use regex::Regex;

use super::layout::{lines, one_line, script_language};
use crate::model::Language;

/// A first line that names a position in the dative, or a title.
static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:первому|першаму|генеральному|генеральнаму|главному|галоўнаму|исполнительному|выканаўчаму|чрезвычайному|надзвычайнаму)\s+)?(?:ректор(?:у|ам)|рэктар(?:у|ам)|проректор(?:у|ам)|прарэктар(?:у|ам)|директор(?:у|ам)|дырэктар(?:у|ам)|министр(?:у|ам)|міністр(?:у|ам)|председател(?:ю|ям)|старшын(?:і|ям)|начальник(?:у|ам)|начальнік(?:у|ам)|заведующ(?:ему|им)|загадчык(?:у|ам)|руководител(?:ю|ям)|кіраўнік(?:у|ам)|главе|главам|президенту|прэзідэнту|заместител(?:ю|ям)|намеснік(?:у|ам)|декан(?:у|ам)|дэкан(?:у|ам)|консулу|послу|паслу|господину|госпоже|спадару|спадарыні|г-ну|г-же|кому|to|mr|mrs|ms|dr|prof|professor|his excellency|her excellency|h\.\s?e\.)(?:[.:,]|\s|$)",
    )
    .expect("valid regex")
});

/// A surname in the dative followed by initials, closing the block.
static DATIVE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Lu}[\p{Ll}’'-]+(?:у|ю|ой|ей|ай|ай|е|ы|і)\s+\p{Lu}\.\s?(?:\p{Lu}\.)?$")
        .expect("valid regex")
});

/// Words of an organisation's name, for an addressee that is only one.
static ORGANISATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:министерств|міністэрств|комитет|камітэт|институт|інстытут|университет|універсітэт|академи|акадэмі|учреждени|установ|предприяти|прадпрыемств|управлени|кіраванн|департамент|агентств|служб|посольств|пасольств|центр|цэнтр|ministry|institute|university|academy|committee|agency|embassy|centre|center|department|council|совет|савет|исполком|выканкам|общество|таварыств)|\b(?:ОАО|ЗАО|ООО|ААТ|ТАА|РУП|ГУ|ГНУ|ДНУ|АО)\b",
    )
    .expect("valid regex")
});

/// Whether a head block is an addressee block.
pub(super) fn is_addressee(block: &str) -> bool {
    let first = lines(block).next().unwrap_or("");
    CUE.is_match(first) || lines(block).take(6).any(|l| DATIVE_NAME.is_match(l))
}

/// Whether a block names an organisation.
pub(super) fn names_organisation(block: &str) -> bool {
    ORGANISATION.is_match(block)
}

/// The addressee block as one line.
pub(super) fn recipient(block: &str) -> Option<String> {
    let block = block.trim();
    let line = if script_language(block) == Language::En {
        let parts: Vec<&str> = lines(block)
            .map(|l| l.trim_end_matches([',', ';']))
            .collect();
        one_line(&parts.join(", "))
    } else {
        one_line(block)
    };
    let line = line
        .strip_prefix("To:")
        .or_else(|| line.strip_prefix("Кому:"))
        .map(|s| s.trim().to_string())
        .unwrap_or(line);
    (!line.is_empty() && line.chars().count() <= 400).then_some(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_addressee_blocks() {
        for b in [
            "Ректору учреждения образования\n«Полоцкий политехнический колледж»\nИванову И.И.",
            "Рэктару Палескага дзяржаўнага\nтэхналагічнага ўніверсітэта\nпрафесару Юрэвічу А.Р.",
            "Генеральному директору\nАО «Сибирский агротехнопарк»\nКравцову Д.Е.",
            "Міністру адукацыі\nРэспублікі Беларусь\nІванцу А.І.",
            "ОАО «Гомельстекло»\nглавному инженеру\nПетровой Н.В.",
            "Dr Siarhei Mikhnevich\nHead, Laboratory of Metal Hydrides",
            "Ms Anna Kovalenko\nInstitute of Physics",
            "To: The Director, National Library",
            "Дырэктарам устаноў агульнай сярэдняй адукацыі",
            "Руководителям организаций (по списку)",
        ] {
            assert!(is_addressee(b), "{b}");
        }
        for b in [
            "Государственный комитет по науке\nи технологиям Республики Беларусь",
            "Northbridge Centre for Energy Materials",
            "18.07.2019 № 06-09/398",
            "Тоненький лист",
        ] {
            assert!(!is_addressee(b), "{b}");
        }
    }

    #[test]
    fn one_line_recipient() {
        assert_eq!(
            recipient(
                "Ректору учреждения образования\n«Полоцкий политехнический колледж»\nИванову И.И."
            )
            .as_deref(),
            Some("Ректору учреждения образования «Полоцкий политехнический колледж» Иванову И.И.")
        );
        assert_eq!(
            recipient("Dr Siarhei Mikhnevich\nHead, Laboratory of Metal Hydrides\nInstitute of Powder Metallurgy\nMinsk, Belarus").as_deref(),
            Some("Dr Siarhei Mikhnevich, Head, Laboratory of Metal Hydrides, Institute of Powder Metallurgy, Minsk, Belarus")
        );
        assert_eq!(
            recipient("To: National Library").as_deref(),
            Some("National Library")
        );
        assert!(names_organisation(
            "Министерство образования Республики Беларусь"
        ));
    }
}
