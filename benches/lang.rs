//! Language detection speed: ours against whatlang on the same snippets.
//!
//! - `lang/ours`: [`Detector::detect`] with the default allow-list;
//! - `lang/whatlang-allowlist`: whatlang limited to be, ru, uk, en;
//! - `lang/whatlang`: whatlang unrestricted.
//!
//! The snippets are letterhead lines, subjects, sentences and two-word
//! snippets in Belarusian (both orthographies), Russian, Ukrainian and
//! English, written for this bench. Before timing, ours is asserted right on
//! every one of them, so a broken detector cannot look fast.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use vopis_parse::analysis::detection::Detector;
use vopis_parse::model::Language;

/// (expected language, snippet).
const SNIPPETS: &[(Language, &str)] = &[
    (
        Language::Be,
        "Дзяржаўны камітэт па навуцы і тэхналогіях Рэспублікі Беларусь",
    ),
    (Language::Be, "Аб навукова-тэхнічным супрацоўніцтве"),
    (Language::Be, "Беларуская Народная Рэспубліка"),
    (
        Language::Be,
        "Паведамляем, што сёньня ў Менску адбылася сустрэча.",
    ),
    (Language::Be, "Новыя зьвесткі"),
    (Language::Be, "Просім разгледзець прапанову"),
    (Language::Be, "Мы будзем удзячныя за хуткі адказ."),
    (Language::Be, "пасяджэнне камісіі"),
    (
        Language::Ru,
        "Государственный комитет по науке и технологиям Республики Беларусь",
    ),
    (Language::Ru, "О научно-техническом сотрудничестве"),
    (
        Language::Ru,
        "Сообщаем, что заседание комиссии перенесено на 18 июля 2019 г.",
    ),
    (Language::Ru, "Просим рассмотреть предложение"),
    (Language::Ru, "Заместитель Председателя"),
    (Language::Ru, "Открыть файл"),
    (Language::Ru, "Ещё раз благодарим вас за сотрудничество."),
    (Language::Ru, "слишком длинная строка"),
    (Language::Uk, "Міністерство освіти і науки України"),
    (Language::Uk, "Про науково-технічне співробітництво"),
    (
        Language::Uk,
        "Повідомляємо, що засідання комісії перенесено на 18 липня.",
    ),
    (Language::Uk, "Просимо розглянути пропозицію"),
    (Language::Uk, "не вдалося створити каталог"),
    (Language::Uk, "Їхня відповідь"),
    (
        Language::En,
        "State Committee on Science and Technology of the Republic of Belarus",
    ),
    (Language::En, "On scientific and technical cooperation"),
    (
        Language::En,
        "We are pleased to inform you that the meeting has been moved.",
    ),
    (Language::En, "Deputy Chairman"),
];

fn bench(c: &mut Criterion) {
    let allowed = [Language::Be, Language::Ru, Language::Uk, Language::En];
    let ours = Detector::new(&allowed);
    for (lang, text) in SNIPPETS {
        assert_eq!(ours.detect(text).lang, *lang, "ours on {text:?}");
    }
    let allow = whatlang::Detector::with_allowlist(vec![
        whatlang::Lang::Bel,
        whatlang::Lang::Rus,
        whatlang::Lang::Ukr,
        whatlang::Lang::Eng,
    ]);
    let free = whatlang::Detector::new();
    let bytes: usize = SNIPPETS.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("lang");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("ours", |b| {
        b.iter(|| {
            let n = SNIPPETS
                .iter()
                .filter(|(_, t)| ours.detect(std::hint::black_box(t)).lang == Language::Be)
                .count();
            assert!(n >= 8);
        })
    });
    group.bench_function("whatlang-allowlist", |b| {
        b.iter(|| {
            SNIPPETS
                .iter()
                .filter(|(_, t)| allow.detect_lang(std::hint::black_box(t)).is_some())
                .count()
        })
    });
    group.bench_function("whatlang", |b| {
        b.iter(|| {
            SNIPPETS
                .iter()
                .filter(|(_, t)| free.detect_lang(std::hint::black_box(t)).is_some())
                .count()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
