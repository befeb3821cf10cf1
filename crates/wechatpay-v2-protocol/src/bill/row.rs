//! One line of a bill read by column: the header's layout, the cells, the typed values.

use std::collections::BTreeMap;
use std::ops::Range;

use super::{BillDateTime, BillError, Fee, value};

/// The columns of a header: for each known column, its cell; the unknown ones by name.
#[derive(Debug, Default)]
pub(super) struct Layout {
    positions: Vec<Option<usize>>,
    unknown: Vec<(usize, String)>,
    width: usize,
}

/// The cells of a line as ranges of it, each without its leading backtick.
pub(super) fn split_cells(text: &str, cells: &mut Vec<Range<usize>>) {
    cells.clear();
    let mut start = 0;
    for part in text.split(',') {
        let skip = usize::from(part.starts_with('`'));
        cells.push(start + skip..start + part.len());
        start += part.len() + 1;
    }
}

/// A header's columns, against the known ones of a record or summary.
pub(super) fn layout(
    text: &str,
    known: &[(&'static str, bool)],
    line: u64,
) -> Result<Layout, BillError> {
    let mut layout = Layout {
        positions: vec![None; known.len()],
        unknown: Vec::new(),
        width: 0,
    };
    for (cell, name) in text.split(',').enumerate() {
        layout.width = cell + 1;
        // The fund flow's `（元）` is written with full-width parentheses; accept both.
        let name = name.trim().replace('(', "（").replace(')', "）");
        match known.iter().position(|(known, _)| *known == name) {
            Some(at) => {
                if layout.positions[at].is_some() {
                    return Err(BillError::DuplicateColumn {
                        line,
                        column: known[at].0,
                    });
                }
                layout.positions[at] = Some(cell);
            }
            None => layout.unknown.push((cell, name)),
        }
    }
    for ((column, required), position) in known.iter().zip(&layout.positions) {
        if *required && position.is_none() {
            return Err(BillError::MissingColumn { column });
        }
    }
    Ok(layout)
}

/// One row or summary line, read by column. Not a public API: the records' constructors use
/// it.
#[doc(hidden)]
#[derive(Debug)]
pub struct Row<'a> {
    line: u64,
    text: &'a str,
    cells: &'a [Range<usize>],
    layout: &'a Layout,
    known: &'static [(&'static str, bool)],
}

impl<'a> Row<'a> {
    pub(super) fn new(
        line: u64,
        text: &'a str,
        cells: &'a [Range<usize>],
        layout: &'a Layout,
        known: &'static [(&'static str, bool)],
    ) -> Result<Self, BillError> {
        if cells.len() != layout.width {
            return Err(BillError::CellCount {
                line,
                expected: layout.width,
                found: cells.len(),
            });
        }
        Ok(Self {
            line,
            text,
            cells,
            layout,
            known,
        })
    }

    fn name(&self, column: usize) -> &'static str {
        self.known.get(column).map_or("?", |(name, _)| name)
    }

    fn cell_at(&self, cell: usize) -> &'a str {
        self.cells
            .get(cell)
            .and_then(|range| self.text.get(range.clone()))
            .unwrap_or_default()
    }

    /// The cell of known column `column`, if the bill has that column.
    pub(crate) fn get(&self, column: usize) -> Option<&'a str> {
        let cell = (*self.layout.positions.get(column)?)?;
        Some(self.cell_at(cell))
    }

    /// A column the header was checked to have.
    pub(crate) fn text(&self, column: usize) -> String {
        self.get(column).unwrap_or_default().to_owned()
    }

    /// A column the bill may lack.
    pub(crate) fn opt_text(&self, column: usize) -> Option<String> {
        self.get(column).map(str::to_owned)
    }

    /// An amount in fen, if the bill has the column.
    pub(crate) fn opt_amount(&self, column: usize) -> Result<Option<i64>, BillError> {
        self.get(column)
            .map(|text| {
                value::fixed(text, 2).ok_or_else(|| BillError::BadAmount {
                    line: self.line,
                    column: self.name(column),
                    text: text.to_owned(),
                })
            })
            .transpose()
    }

    /// An amount in fen of a column the header was checked to have.
    pub(crate) fn amount(&self, column: usize) -> Result<i64, BillError> {
        self.opt_amount(column)
            .map(|amount| amount.unwrap_or_default())
    }

    /// A fee (five decimals).
    pub(crate) fn fee(&self, column: usize) -> Result<Fee, BillError> {
        let text = self.get(column).unwrap_or_default();
        value::fixed(text, 5)
            .map(Fee::from_units)
            .ok_or_else(|| BillError::BadAmount {
                line: self.line,
                column: self.name(column),
                text: text.to_owned(),
            })
    }

    /// A count.
    pub(crate) fn count(&self, column: usize) -> Result<u64, BillError> {
        let text = self.get(column).unwrap_or_default();
        value::count(text).ok_or_else(|| BillError::BadCount {
            line: self.line,
            column: self.name(column),
            text: text.to_owned(),
        })
    }

    /// A time, if the bill has the column and the cell is not empty.
    pub(crate) fn opt_time(&self, column: usize) -> Result<Option<BillDateTime>, BillError> {
        match self.get(column) {
            None | Some("") => Ok(None),
            Some(text) => text.parse().map(Some).map_err(|_| BillError::BadTime {
                line: self.line,
                column: self.name(column),
                text: text.to_owned(),
            }),
        }
    }

    /// A time of a column the header was checked to have.
    pub(crate) fn time(&self, column: usize) -> Result<BillDateTime, BillError> {
        let text = self.get(column).unwrap_or_default();
        text.parse().map_err(|_| BillError::BadTime {
            line: self.line,
            column: self.name(column),
            text: text.to_owned(),
        })
    }

    /// The unknown columns, by name.
    pub(crate) fn other(&self) -> BTreeMap<String, String> {
        self.layout
            .unknown
            .iter()
            .map(|(cell, name)| (name.clone(), self.cell_at(*cell).to_owned()))
            .collect()
    }
}

/// Checks a summary total against the rows' sum.
pub(crate) fn check(column: &'static str, summary: i64, rows: i64) -> Result<(), BillError> {
    if summary == rows {
        Ok(())
    } else {
        Err(BillError::SummaryMismatch {
            column,
            summary,
            rows,
        })
    }
}
