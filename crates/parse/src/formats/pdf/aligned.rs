//! Unruled tables: text aligned in three or more columns, rows set apart
//! by extra space.
//!
//! Lines close together (baselines at most [`MAX_GAP_EM`] apart) form a
//! run. Inside a run, the stretch from the first to the last line of three
//! or more segments is a candidate. Its columns are the x-ranges its
//! segments cover, merged where they overlap; it is a table when there are
//! at least three columns, no segment crosses from one column into another,
//! and its rows are set apart: a row starts at a line of two segments or
//! more whose gap to the line above is clearly larger than the smallest
//! line gap of the stretch (cell padding), or, when the lines are evenly
//! spaced and each has two segments or more, at every line; three rows at
//! least. Text
//! that runs on from row to row (most cells of a new row starting in lower
//! case, as in newspaper columns) is not a table. Rows are then joined as
//! for ruled tables: a cell's lines with spaces, cells with tabs.
//!
//! Two-column text is never taken for a table here: a bilingual letterhead
//! has exactly that shape. Invariant: segments not in a table come back in
//! their order; cost is linear in the segments after the sort of each
//! candidate's ranges.

use super::lines::Segment;
use super::tables::{Grid, Table, take};

/// Largest baseline gap, in ems, inside one run of lines.
const MAX_GAP_EM: f32 = 2.5;
/// A line gap this many times the smallest one starts a row.
const ROW_GAP: f32 = 1.3;
/// Fewest columns and rows of an unruled table.
const MIN_COLUMNS: usize = 3;
/// Fewest rows of an unruled table.
const MIN_ROWS: usize = 3;
/// Most stretches of one run tried as a table.
const MAX_TRIES: usize = 4;
/// Most share of a new row's cells that may start in lower case.
const MAX_RUN_ON: f32 = 0.25;

/// A line: its first segment's index, its segment count, baseline, size.
#[derive(Clone, Copy)]
struct Line {
    first: usize,
    count: usize,
    v: f32,
    size: f32,
}

/// The lines of `segs` (segments come in line order).
fn lines_of(segs: &[Segment]) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    for (i, s) in segs.iter().enumerate() {
        match out.last_mut() {
            Some(l) if segs.get(l.first).is_some_and(|f| f.line == s.line) => {
                l.count += 1;
                l.size = l.size.max(s.size);
            }
            _ => out.push(Line {
                first: i,
                count: 1,
                v: s.v,
                size: s.size,
            }),
        }
    }
    out
}

/// The merged x-ranges covered by the segments of `lines`.
fn columns(segs: &[Segment], lines: &[Line]) -> Vec<(f32, f32)> {
    let mut spans: Vec<(f32, f32)> = lines
        .iter()
        .flat_map(|l| segs.get(l.first..l.first + l.count).unwrap_or(&[]))
        .map(|s| (s.u0, s.u1))
        .collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out: Vec<(f32, f32)> = Vec::new();
    for (a, b) in spans {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// The grid of one candidate stretch of lines, if it is a table.
fn table_grid(segs: &[Segment], lines: &[Line]) -> Option<Grid> {
    let cols = columns(segs, lines);
    if cols.len() < MIN_COLUMNS {
        return None;
    }
    let gaps: Vec<f32> = lines.windows(2).map(|w| w[0].v - w[1].v).collect();
    let smallest = gaps.iter().copied().fold(f32::MAX, f32::min);
    // Row starts: the first line, then wide gaps before lines of two cells.
    let mut starts = vec![0usize];
    for (k, gap) in gaps.iter().enumerate() {
        let line = lines.get(k + 1)?;
        if *gap > ROW_GAP * smallest && line.count >= 2 {
            starts.push(k + 1);
        }
    }
    // Evenly spaced lines of two cells or more each: a row per line.
    if starts.len() == 1 && lines.iter().all(|l| l.count >= 2) {
        starts = (0..lines.len()).collect();
    }
    if starts.len() < MIN_ROWS {
        return None;
    }
    // Text running on from row to row is prose in columns.
    let (mut new_cells, mut run_on) = (0usize, 0usize);
    for &k in starts.iter().skip(1) {
        let line = lines.get(k)?;
        for s in segs.get(line.first..line.first + line.count)? {
            new_cells += 1;
            if s.text.chars().next().is_some_and(char::is_lowercase) {
                run_on += 1;
            }
        }
    }
    if run_on as f32 > MAX_RUN_ON * new_cells as f32 {
        return None;
    }
    let first = lines.first()?;
    let last = lines.last()?;
    let top = first.v + first.size;
    let bottom = last.v - 0.5 * last.size;
    // Row borders halfway between a row's last line and the next row's first.
    let mut rows = vec![top];
    for &k in starts.iter().skip(1) {
        let (a, b) = (lines.get(k - 1)?, lines.get(k)?);
        rows.push(0.5 * (a.v + b.v));
    }
    rows.push(bottom);
    // Column borders halfway between neighbouring columns.
    let mut xs = vec![cols.first()?.0 - 1.0];
    for w in cols.windows(2) {
        xs.push(0.5 * (w[0].1 + w[1].0));
    }
    xs.push(cols.last()?.1 + 1.0);
    let verticals = xs.iter().map(|&x| (x, bottom, top)).collect();
    Some(Grid {
        left: xs.first().copied()?,
        right: xs.last().copied()?,
        verticals,
        rows,
    })
}

/// Finds unruled tables among `segs` and takes their segments out.
pub(crate) fn take_aligned(segs: Vec<Segment>) -> (Vec<Table>, Vec<Segment>) {
    let lines = lines_of(&segs);
    let mut grids = Vec::new();
    let mut start = 0;
    while start < lines.len() {
        // The run: lines close enough to the one above.
        let mut end = start + 1;
        while let (Some(a), Some(b)) = (lines.get(end - 1), lines.get(end)) {
            if a.v - b.v > MAX_GAP_EM * a.size.max(b.size) {
                break;
            }
            end += 1;
        }
        let run = lines.get(start..end).unwrap_or(&[]);
        let wide: Vec<usize> = (0..run.len())
            .filter(|&k| run.get(k).is_some_and(|l| l.count >= MIN_COLUMNS))
            .collect();
        if let (Some(&a), Some(_)) = (wide.first(), wide.last()) {
            // From the first wide line to the end of the run, shortened
            // until its segments fall into clean columns.
            let mut b = run.len();
            let mut tries = 0;
            while b > a + 1 && tries < MAX_TRIES {
                tries += 1;
                if let Some(g) = run.get(a..b).and_then(|l| table_grid(&segs, l)) {
                    grids.push(g);
                    break;
                }
                // Only a stretch ending at a wide line's row is worth a retry.
                b = wide
                    .iter()
                    .rev()
                    .copied()
                    .find(|&w| w + 1 < b)
                    .map_or(a, |w| w + 1);
            }
        }
        start = end;
    }
    take(&grids, segs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(line: u32, u0: f32, v: f32, text: &str) -> Segment {
        Segment {
            line,
            u0,
            u1: u0 + 5.0 * text.chars().count() as f32,
            v,
            size: 10.0,
            text: text.to_owned(),
        }
    }

    fn rows(tables: &[Table]) -> Vec<String> {
        tables
            .iter()
            .flat_map(|t| &t.paragraph.lines)
            .map(|l| l.text.clone())
            .collect()
    }

    #[test]
    fn a_padded_grid_of_three_columns_is_a_table() {
        let segs = vec![
            seg(0, 50.0, 760.0, "Справаздача за 2024 год."),
            seg(1, 50.0, 730.0, "№"),
            seg(1, 100.0, 730.0, "Назва задання"),
            seg(1, 300.0, 730.0, "Выканаўца"),
            seg(2, 50.0, 712.0, "1"),
            seg(2, 100.0, 712.0, "Распрацоўка праграмнага"),
            seg(2, 300.0, 712.0, "Інстытут інфарматыкі"),
            seg(3, 100.0, 700.0, "комплексу ўліку"),
            seg(4, 50.0, 682.0, "2"),
            seg(4, 100.0, 682.0, "Стварэнне базы даных"),
            seg(4, 300.0, 682.0, "Гродзенскі каледж"),
            seg(5, 50.0, 640.0, "Дзякуем за ўвагу."),
        ];
        let (tables, rest) = take_aligned(segs);
        assert_eq!(
            rows(&tables),
            vec![
                "№\tНазва задання\tВыканаўца",
                "1\tРаспрацоўка праграмнага комплексу ўліку\tІнстытут інфарматыкі",
                "2\tСтварэнне базы даных\tГродзенскі каледж",
            ]
        );
        let left: Vec<&str> = rest.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(left, vec!["Справаздача за 2024 год.", "Дзякуем за ўвагу."]);
    }

    #[test]
    fn a_bilingual_letterhead_is_not_a_table() {
        let segs = vec![
            seg(0, 50.0, 780.0, "Дзяржаўны камітэт па навуцы"),
            seg(0, 330.0, 780.0, "Государственный комитет по науке"),
            seg(1, 50.0, 768.0, "і тэхналогіях"),
            seg(1, 330.0, 768.0, "и технологиям"),
            seg(2, 50.0, 750.0, "вул. Кальварыйская, 17"),
            seg(2, 330.0, 750.0, "ул. Кальварийская, 17"),
            seg(3, 50.0, 732.0, "тэл. (017) 203-45-67"),
            seg(3, 330.0, 732.0, "e-mail: info@gknt.example.by"),
        ];
        let (tables, rest) = take_aligned(segs);
        assert!(tables.is_empty());
        assert_eq!(rest.len(), 8);
    }

    #[test]
    fn prose_in_three_columns_is_not_a_table() {
        let mut segs = Vec::new();
        let words = ["сістэма", "апрацоўвае", "здымкі", "і выдае", "карты"];
        for k in 0..12u32 {
            let v = 760.0 - 12.0 * k as f32 - if k % 4 == 0 { 6.0 } else { 0.0 };
            for (c, x) in [50.0, 230.0, 410.0].iter().enumerate() {
                let w = words
                    .get((k as usize + c) % words.len())
                    .copied()
                    .unwrap_or("");
                segs.push(seg(k, *x, v, &format!("{w} палёў")));
            }
        }
        let (tables, rest) = take_aligned(segs);
        assert!(tables.is_empty(), "{:?}", rows(&tables));
        assert_eq!(rest.len(), 36);
    }

    #[test]
    fn evenly_spaced_rows_of_hundreds_are_each_a_row() {
        let mut segs = Vec::new();
        for k in 0..300u32 {
            let v = 800.0 - 12.0 * k as f32;
            segs.push(seg(k, 50.0, v, &k.to_string()));
            segs.push(seg(k, 100.0, v, &format!("Выраб {k}")));
            segs.push(seg(k, 300.0, v, &format!("{}.00", 7 * k)));
        }
        let started = std::time::Instant::now();
        let (tables, rest) = take_aligned(segs);
        assert!(started.elapsed().as_secs() < 2);
        assert!(rest.is_empty());
        let rows = rows(&tables);
        assert_eq!(rows.len(), 300);
        assert_eq!(rows[7], "7\tВыраб 7\t49.00");
    }
}
