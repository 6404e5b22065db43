//! The page's words in Belarusian, Russian and English, and which of them a
//! request gets.
//!
//! The interface language comes from `?ui=be|ru|en` (which also sets the
//! `ui` cookie, so the choice sticks), else the `ui` cookie, else the first
//! supported language of `Accept-Language`, else Belarusian. Document text
//! is never translated; only the interface is.
//!
//! Invariant: every [`Ui`] has all its strings (a struct, not a map), so a
//! missing translation is a compile error.

use axum::http::HeaderMap;
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE};

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UiLang {
    /// Belarusian.
    Be,
    /// Russian.
    Ru,
    /// English.
    En,
}

/// Every interface language, in the order of the switcher.
pub(crate) const UI_LANGS: [UiLang; 3] = [UiLang::Be, UiLang::Ru, UiLang::En];

impl UiLang {
    /// The code (`be`, `ru`, `en`), also the `lang` attribute of the page.
    pub(crate) fn code(self) -> &'static str {
        match self {
            UiLang::Be => "be",
            UiLang::Ru => "ru",
            UiLang::En => "en",
        }
    }

    /// The language from a code.
    pub(crate) fn from_code(code: &str) -> Option<UiLang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "be" => Some(UiLang::Be),
            "ru" => Some(UiLang::Ru),
            "en" => Some(UiLang::En),
            _ => None,
        }
    }

    /// Its own name, for the switcher.
    pub(crate) fn native_name(self) -> &'static str {
        match self {
            UiLang::Be => "Беларуская",
            UiLang::Ru => "Русский",
            UiLang::En => "English",
        }
    }

    /// The strings of this language.
    pub(crate) fn text(self) -> &'static Ui {
        match self {
            UiLang::Be => &BE,
            UiLang::Ru => &RU,
            UiLang::En => &EN,
        }
    }
}

/// The interface language for a request: `?ui=` first, then the cookie,
/// then `Accept-Language`. The bool says whether `?ui=` chose it (and the
/// cookie should be set).
pub(crate) fn choose(ui_param: Option<&str>, headers: &HeaderMap) -> (UiLang, bool) {
    if let Some(lang) = ui_param.and_then(UiLang::from_code) {
        return (lang, true);
    }
    let cookie = headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().strip_prefix("ui="))
        .find_map(UiLang::from_code);
    if let Some(lang) = cookie {
        return (lang, false);
    }
    let accept = headers
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    (from_accept_language(accept).unwrap_or(UiLang::Be), false)
}

/// The supported language the `Accept-Language` value prefers most.
fn from_accept_language(value: &str) -> Option<UiLang> {
    let mut best: Option<(f32, usize, UiLang)> = None;
    for (i, item) in value.split(',').take(32).enumerate() {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let primary = tag.split('-').next().unwrap_or("");
        let Some(lang) = UiLang::from_code(primary) else {
            continue;
        };
        let q = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.parse::<f32>().ok())
            .unwrap_or(1.0);
        if q > 0.0 && best.is_none_or(|(bq, bi, _)| q > bq || (q == bq && i < bi)) {
            best = Some((q, i, lang));
        }
    }
    best.map(|(_, _, lang)| lang)
}

/// The interface strings of one language.
#[derive(Debug)]
pub(crate) struct Ui {
    pub tagline: &'static str,
    pub skip: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_button: &'static str,
    pub help_summary: &'static str,
    pub help_lines: [&'static str; 7],
    pub found: &'static str,
    pub nothing_found: &'static str,
    pub sort_label: &'static str,
    pub sort_relevance: &'static str,
    pub sort_newest: &'static str,
    pub sort_oldest: &'static str,
    pub filters_label: &'static str,
    pub active_filters: &'static str,
    pub remove_filter: &'static str,
    pub clear_filters: &'static str,
    pub facet_lang: &'static str,
    pub facet_type: &'static str,
    pub facet_year: &'static str,
    pub facet_country: &'static str,
    pub facet_sender: &'static str,
    pub pages_label: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub page: &'static str,
    pub ui_label: &'static str,
    pub untitled: &'static str,
    pub requisites: &'static str,
    pub number: &'static str,
    pub date: &'static str,
    pub sender: &'static str,
    pub recipient: &'static str,
    pub subject: &'static str,
    pub signatories: &'static str,
    pub incoming: &'static str,
    pub in_reply_to: &'static str,
    pub language: &'static str,
    pub doc_type: &'static str,
    pub format: &'static str,
    pub pages: &'static str,
    pub countries: &'static str,
    pub organizations: &'static str,
    pub files: &'static str,
    pub text: &'static str,
    pub answers: &'static str,
    pub answered_by: &'static str,
    pub download: &'static str,
    pub back: &'static str,
    pub not_found: &'static str,
    pub bad_query: &'static str,
    pub unavailable: &'static str,
    pub error: &'static str,
    pub type_letter: &'static str,
    pub type_agreement: &'static str,
    pub type_report: &'static str,
    pub type_article: &'static str,
    pub type_other: &'static str,
    pub lang_be: &'static str,
    pub lang_ru: &'static str,
    pub lang_en: &'static str,
    pub lang_uk: &'static str,
    pub lang_und: &'static str,
}

impl Ui {
    /// The name of a document type code.
    pub(crate) fn type_name<'a>(&self, code: &'a str) -> &'a str
    where
        'static: 'a,
    {
        match code {
            "letter" => self.type_letter,
            "agreement" => self.type_agreement,
            "report" => self.type_report,
            "article" => self.type_article,
            "other" => self.type_other,
            other => other,
        }
    }

    /// The name of a language code.
    pub(crate) fn lang_name<'a>(&self, code: &'a str) -> &'a str
    where
        'static: 'a,
    {
        match code {
            "be" => self.lang_be,
            "ru" => self.lang_ru,
            "en" => self.lang_en,
            "uk" => self.lang_uk,
            "und" => self.lang_und,
            other => other,
        }
    }
}

/// Belarusian.
static BE: Ui = Ui {
    tagline: "Пошук па архіве ўваходных дакументаў",
    skip: "Перайсці да вынікаў",
    search_label: "Пошукавы запыт",
    search_placeholder: "напрыклад: супрацоўніцтва lang:be",
    search_button: "Шукаць",
    help_summary: "Сінтаксіс запыту",
    help_lines: [
        "словы на беларускай, рускай ці англійскай — знаходзяцца ўсе іх формы",
        "\"дакладная фраза\" — словы побач і па парадку",
        "+абавязкова −выключыць; AND, OR, NOT і дужкі",
        "lang:be type:letter country:CN — фільтры па мове, тыпе, краіне",
        "date:[2019-01-01 TO 2019-12-31] — перыяд; year:2019 — год",
        "sender:… recipient:… number:06-09/398 — рэквізіты",
        "Націсніце / каб перайсці ў поле пошуку",
    ],
    found: "Знойдзена дакументаў",
    nothing_found: "Нічога не знойдзена. Паспрабуйце іншыя словы або прыбярыце фільтры.",
    sort_label: "Парадак",
    sort_relevance: "па адпаведнасці",
    sort_newest: "спачатку новыя",
    sort_oldest: "спачатку старыя",
    filters_label: "Фільтры",
    active_filters: "Выбраныя фільтры",
    remove_filter: "прыбраць фільтр",
    clear_filters: "Прыбраць усе",
    facet_lang: "Мова",
    facet_type: "Тып",
    facet_year: "Год",
    facet_country: "Краіна",
    facet_sender: "Адпраўнік",
    pages_label: "Старонкі вынікаў",
    previous: "← Папярэдняя",
    next: "Наступная →",
    page: "Старонка",
    ui_label: "Мова інтэрфейсу",
    untitled: "(без назвы)",
    requisites: "Рэквізіты",
    number: "Нумар",
    date: "Дата",
    sender: "Адпраўнік",
    recipient: "Адрасат",
    subject: "Тэма",
    signatories: "Подпісы",
    incoming: "Уваходны штамп",
    in_reply_to: "У адказ на",
    language: "Мова",
    doc_type: "Тып",
    format: "Фармат",
    pages: "Старонак",
    countries: "Краіны",
    organizations: "Арганізацыі",
    files: "Файлы",
    text: "Тэкст",
    answers: "Адказвае на",
    answered_by: "Адказы на гэты ліст",
    download: "Спампаваць арыгінал",
    back: "← Да пошуку",
    not_found: "Дакумент не знойдзены",
    bad_query: "Запыт не зразумелы",
    unavailable: "Індэкс недаступны",
    error: "Памылка",
    type_letter: "ліст",
    type_agreement: "пагадненне",
    type_report: "справаздача",
    type_article: "артыкул",
    type_other: "іншае",
    lang_be: "беларуская",
    lang_ru: "руская",
    lang_en: "англійская",
    lang_uk: "украінская",
    lang_und: "не вызначана",
};

/// Russian.
static RU: Ui = Ui {
    tagline: "Поиск по архиву входящих документов",
    skip: "Перейти к результатам",
    search_label: "Поисковый запрос",
    search_placeholder: "например: сотрудничество lang:ru",
    search_button: "Найти",
    help_summary: "Синтаксис запроса",
    help_lines: [
        "слова на белорусском, русском или английском — находятся все их формы",
        "\"точная фраза\" — слова рядом и по порядку",
        "+обязательно −исключить; AND, OR, NOT и скобки",
        "lang:ru type:letter country:CN — фильтры по языку, типу, стране",
        "date:[2019-01-01 TO 2019-12-31] — период; year:2019 — год",
        "sender:… recipient:… number:06-09/398 — реквизиты",
        "Нажмите / чтобы перейти в поле поиска",
    ],
    found: "Найдено документов",
    nothing_found: "Ничего не найдено. Попробуйте другие слова или уберите фильтры.",
    sort_label: "Порядок",
    sort_relevance: "по релевантности",
    sort_newest: "сначала новые",
    sort_oldest: "сначала старые",
    filters_label: "Фильтры",
    active_filters: "Выбранные фильтры",
    remove_filter: "убрать фильтр",
    clear_filters: "Убрать все",
    facet_lang: "Язык",
    facet_type: "Тип",
    facet_year: "Год",
    facet_country: "Страна",
    facet_sender: "Отправитель",
    pages_label: "Страницы результатов",
    previous: "← Предыдущая",
    next: "Следующая →",
    page: "Страница",
    ui_label: "Язык интерфейса",
    untitled: "(без названия)",
    requisites: "Реквизиты",
    number: "Номер",
    date: "Дата",
    sender: "Отправитель",
    recipient: "Адресат",
    subject: "Тема",
    signatories: "Подписи",
    incoming: "Входящий штамп",
    in_reply_to: "В ответ на",
    language: "Язык",
    doc_type: "Тип",
    format: "Формат",
    pages: "Страниц",
    countries: "Страны",
    organizations: "Организации",
    files: "Файлы",
    text: "Текст",
    answers: "Отвечает на",
    answered_by: "Ответы на это письмо",
    download: "Скачать оригинал",
    back: "← К поиску",
    not_found: "Документ не найден",
    bad_query: "Запрос не понят",
    unavailable: "Индекс недоступен",
    error: "Ошибка",
    type_letter: "письмо",
    type_agreement: "соглашение",
    type_report: "отчёт",
    type_article: "статья",
    type_other: "другое",
    lang_be: "белорусский",
    lang_ru: "русский",
    lang_en: "английский",
    lang_uk: "украинский",
    lang_und: "не определён",
};

/// English.
static EN: Ui = Ui {
    tagline: "Search the archive's incoming paperwork",
    skip: "Skip to results",
    search_label: "Search query",
    search_placeholder: "e.g. cooperation lang:en",
    search_button: "Search",
    help_summary: "Query syntax",
    help_lines: [
        "words in Belarusian, Russian or English — all their forms match",
        "\"exact phrase\" — words together and in order",
        "+required −excluded; AND, OR, NOT and parentheses",
        "lang:en type:letter country:CN — filter by language, type, country",
        "date:[2019-01-01 TO 2019-12-31] — a period; year:2019 — a year",
        "sender:… recipient:… number:06-09/398 — requisites",
        "Press / to jump to the search box",
    ],
    found: "Documents found",
    nothing_found: "Nothing found. Try other words or remove filters.",
    sort_label: "Order",
    sort_relevance: "best match",
    sort_newest: "newest first",
    sort_oldest: "oldest first",
    filters_label: "Filters",
    active_filters: "Active filters",
    remove_filter: "remove filter",
    clear_filters: "Clear all",
    facet_lang: "Language",
    facet_type: "Type",
    facet_year: "Year",
    facet_country: "Country",
    facet_sender: "Sender",
    pages_label: "Result pages",
    previous: "← Previous",
    next: "Next →",
    page: "Page",
    ui_label: "Interface language",
    untitled: "(untitled)",
    requisites: "Requisites",
    number: "Number",
    date: "Date",
    sender: "Sender",
    recipient: "Recipient",
    subject: "Subject",
    signatories: "Signed by",
    incoming: "Incoming stamp",
    in_reply_to: "In reply to",
    language: "Language",
    doc_type: "Type",
    format: "Format",
    pages: "Pages",
    countries: "Countries",
    organizations: "Organisations",
    files: "Files",
    text: "Text",
    answers: "Answers",
    answered_by: "Answered by",
    download: "Download the original",
    back: "← Back to search",
    not_found: "Document not found",
    bad_query: "The query could not be understood",
    unavailable: "The index is unavailable",
    error: "Error",
    type_letter: "letter",
    type_agreement: "agreement",
    type_report: "report",
    type_article: "article",
    type_other: "other",
    lang_be: "Belarusian",
    lang_ru: "Russian",
    lang_en: "English",
    lang_uk: "Ukrainian",
    lang_und: "undetermined",
};

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn accept_language_picks_the_best_supported() {
        assert_eq!(
            from_accept_language("de-DE,ru;q=0.8,en;q=0.9"),
            Some(UiLang::En)
        );
        assert_eq!(from_accept_language("be-BY,ru;q=0.5"), Some(UiLang::Be));
        assert_eq!(from_accept_language("fr, de"), None);
        assert_eq!(from_accept_language(";;,,q=1"), None);
    }

    #[test]
    fn parameter_beats_cookie_beats_header() {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT_LANGUAGE, HeaderValue::from_static("en-GB"));
        assert_eq!(choose(None, &headers), (UiLang::En, false));
        headers.insert(COOKIE, HeaderValue::from_static("a=1; ui=ru"));
        assert_eq!(choose(None, &headers), (UiLang::Ru, false));
        assert_eq!(choose(Some("be"), &headers), (UiLang::Be, true));
        assert_eq!(choose(Some("xx"), &headers), (UiLang::Ru, false));
    }

    #[test]
    fn names_fall_back_to_the_code() {
        assert_eq!(UiLang::Be.text().type_name("letter"), "ліст");
        assert_eq!(UiLang::Ru.text().lang_name("pl"), "pl");
    }
}
