//! The endpoint table (`ENDPOINTS.md`): per path the method and the flags the YAML specs do not
//! carry (`unsigned`) or that are cross-checked against them (`cert`, `host`).

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use crate::spec::DEFAULT_HOST;

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    pub(crate) method: String,
    pub(crate) cert: bool,
    /// The base URL, `None` for the default host.
    pub(crate) host: Option<String>,
    pub(crate) unsigned: bool,
}

/// The table, by SDK path.
#[derive(Debug, Default)]
pub(crate) struct Table {
    rows: HashMap<String, Row>,
}

impl Table {
    pub(crate) fn load(file: &Path) -> Result<Table, String> {
        let text = fs::read_to_string(file).map_err(|e| format!("read {}: {e}", file.display()))?;
        Table::parse(&text).map_err(|e| format!("{}: {e}", file.display()))
    }

    /// Reads the first Markdown table whose header has a `path` column.
    pub(crate) fn parse(text: &str) -> Result<Table, String> {
        let mut columns: Option<Vec<String>> = None;
        let mut rows = HashMap::new();
        for line in text.lines().map(str::trim) {
            if !line.starts_with('|') {
                if columns.is_some() && !rows.is_empty() {
                    break;
                }
                continue;
            }
            let cells: Vec<String> = line
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_owned())
                .collect();
            let Some(cols) = &columns else {
                if cells.iter().any(|c| c == "path") {
                    columns = Some(cells);
                }
                continue;
            };
            if cells
                .iter()
                .all(|c| c.chars().all(|ch| ch == '-' || ch == ':'))
            {
                continue;
            }
            let cell = |name: &str| {
                cols.iter()
                    .position(|c| c == name)
                    .and_then(|i| cells.get(i))
                    .map(String::as_str)
                    .unwrap_or("")
            };
            let flag = |name: &str| !cell(name).is_empty() && cell(name) != "no";
            let host = Some(cell("host").to_owned())
                .filter(|h| !h.is_empty() && h != DEFAULT_HOST)
                .map(|mut h| {
                    if !h.ends_with('/') {
                        h.push('/');
                    }
                    h
                });
            rows.insert(
                cell("path").to_owned(),
                Row {
                    method: cell("method").to_ascii_uppercase(),
                    cert: flag("cert"),
                    host,
                    unsigned: flag("unsigned"),
                },
            );
        }
        if columns.is_none() {
            return Err("no table with a `path` column".to_owned());
        }
        Ok(Table { rows })
    }

    pub(crate) fn get(&self, path: &str) -> Option<&Row> {
        self.rows.get(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_read_by_column_name() {
        let table = Table::parse(
            "# APIv2 endpoints

| path | method | title | cert | host | unsigned | produces | src |
|---|---|---|---|---|---|---|---|
| v2/pay/micropay | POST | 提交付款码支付 |  |  |  | application/xml | yaml |
| v2/risk/getpublickey | POST | 获取RSA加密公钥API | yes | https://fraud.mch.weixin.qq.com/ | yes | application/xml | yaml |

138 endpoints.
",
        )
        .unwrap();
        assert_eq!(
            table.get("v2/pay/micropay"),
            Some(&Row {
                method: "POST".into(),
                cert: false,
                host: None,
                unsigned: false
            })
        );
        let risk = table.get("v2/risk/getpublickey").unwrap();
        assert!(risk.cert && risk.unsigned);
        assert_eq!(
            risk.host.as_deref(),
            Some("https://fraud.mch.weixin.qq.com/")
        );
        assert!(table.get("v2/nope").is_none());
    }
}
