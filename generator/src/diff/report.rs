//! Output formats for a diff report: text for people, JSON for tools, Markdown for a CI
//! comment.

use super::{Report, Severity};

const ORDER: [Severity; 3] = [Severity::Breaking, Severity::NonBreaking, Severity::Docs];

pub fn render_text(name: &str, r: &Report) -> String {
    let mut out = format!("{name}: {}\n", r.summary());
    for sev in ORDER {
        let items: Vec<_> = r.changes.iter().filter(|c| c.severity == sev).collect();
        if items.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "\n{} ({}):\n",
            sev.label().to_uppercase(),
            items.len()
        ));
        for c in items {
            out.push_str(&format!("  - [{}] {}: {}\n", c.kind, c.subject, c.message));
            if let Some(b) = &c.before {
                out.push_str(&format!("      before: {b}\n"));
            }
            if let Some(a) = &c.after {
                out.push_str(&format!("      after:  {a}\n"));
            }
        }
    }
    out
}

pub fn render_markdown(name: &str, r: &Report) -> String {
    let icon = if r.is_breaking() { "⚠️" } else { "✅" };
    let mut out = format!("### {icon} API changes in `{name}`: {}\n", r.summary());
    for sev in ORDER {
        let items: Vec<_> = r.changes.iter().filter(|c| c.severity == sev).collect();
        if items.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "\n**{}**\n\n| change | where | what |\n|---|---|---|\n",
            sev.label()
        ));
        for c in items {
            out.push_str(&format!(
                "| `{}` | {} | {} |\n",
                c.kind,
                c.subject,
                c.message.replace('|', "\\|")
            ));
        }
        for c in r
            .changes
            .iter()
            .filter(|c| c.severity == sev && c.before.is_some() && c.after.is_some())
        {
            out.push_str(&format!(
                "\n<details><summary>{}</summary>\n\n```diff\n- {}\n+ {}\n```\n</details>\n",
                c.subject,
                c.before.as_deref().unwrap_or_default(),
                c.after.as_deref().unwrap_or_default()
            ));
        }
    }
    out
}

pub fn render_json(name: &str, r: &Report) -> String {
    let v = serde_json::json!({
        "spec": name,
        "breaking": r.count(Severity::Breaking),
        "non_breaking": r.count(Severity::NonBreaking),
        "docs": r.count(Severity::Docs),
        "changes": r.changes,
    });
    serde_json::to_string_pretty(&v).unwrap_or_default()
}
