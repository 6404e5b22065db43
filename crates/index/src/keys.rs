//! Normalised keys of registration numbers, so that the forms a number is
//! written in meet: `№ 06-09/398`, `06–09/398`, `N 06-09 / 398`, `No. 06-09/398`.
//!
//! Invariant: `number_key(number_key(x)) == number_key(x)`.

/// The key of a registration number: lower case, no spaces, no leading
/// `№`/`No.`/`N`, dashes unified to `-`. `None` when nothing is left.
///
/// ```
/// use vopis_index::number_key;
/// assert_eq!(number_key("№ 06-09/398").as_deref(), Some("06-09/398"));
/// assert_eq!(number_key("Вх-44318").as_deref(), Some("вх-44318"));
/// assert_eq!(number_key(" ___ "), None);
/// ```
pub fn number_key(number: &str) -> Option<String> {
    let mut s = number.trim();
    for prefix in ["№", "no.", "no ", "nr.", "nr ", "n "] {
        if s.len() >= prefix.len()
            && s.get(..prefix.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
        {
            s = s.get(prefix.len()..).unwrap_or_default().trim_start();
            break;
        }
    }
    let key: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '–' | '—' | '‑' | '‐' | '−' => '-',
            c => c,
        })
        .collect();
    let key = key.trim_matches(|c: char| c == '.' || c == ',').to_owned();
    key.chars().any(char::is_alphanumeric).then_some(key)
}

#[cfg(test)]
mod tests {
    use super::number_key;

    #[test]
    fn written_forms_meet() {
        let want = Some("06-09/398".to_owned());
        for form in [
            "06-09/398",
            "№ 06-09/398",
            "№06–09/398",
            "No. 06-09/398",
            "06-09 / 398",
        ] {
            assert_eq!(number_key(form), want, "{form}");
        }
    }

    #[test]
    fn blanks_have_no_key() {
        assert_eq!(number_key("___"), None);
        assert_eq!(number_key("№"), None);
        assert_eq!(number_key(""), None);
    }

    #[test]
    fn idempotent() {
        for form in ["Вх-44318", "№ 12/34-ф", "No. 7"] {
            let once = number_key(form).unwrap();
            assert_eq!(number_key(&once).as_deref(), Some(once.as_str()));
        }
    }
}
