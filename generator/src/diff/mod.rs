//! `clientgen diff`: what a spec edit does to callers of the generated client. Both
//! documents go through the same load → IR stages as generation, so the comparison is of
//! the Rust API users actually call, not of YAML.

mod report;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::ir::{
    Api, BodyKind, Method, Operation, Param, Ty, TypeDef, TypeId, TypeKind, TypeNames,
};
use crate::render::{rust_type, Input};

pub use report::{render_json, render_markdown, render_text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Code that compiled against the old client may not compile or behave the same.
    Breaking,
    /// New capability; existing callers keep working.
    NonBreaking,
    /// Documentation only.
    Docs,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Breaking => "breaking",
            Severity::NonBreaking => "non-breaking",
            Severity::Docs => "docs",
        }
    }
}

/// One change, with the Rust API it implies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub severity: Severity,
    /// Stable machine-readable kind, e.g. `operation.removed`, `param.now_required`.
    pub kind: &'static str,
    /// What changed: `operation get_users`, `type UserDto`, `field UserDto.name`…
    pub subject: String,
    pub message: String,
    /// The Rust signature before and after, where one applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

/// All changes between two versions of one API, breaking first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub changes: Vec<Change>,
}

impl Report {
    pub fn count(&self, s: Severity) -> usize {
        self.changes.iter().filter(|c| c.severity == s).count()
    }
    pub fn is_breaking(&self) -> bool {
        self.count(Severity::Breaking) > 0
    }
    /// `2 breaking, 1 non-breaking, 3 docs`.
    pub fn summary(&self) -> String {
        if self.changes.is_empty() {
            return "no API changes".into();
        }
        format!(
            "{} breaking, {} non-breaking, {} docs",
            self.count(Severity::Breaking),
            self.count(Severity::NonBreaking),
            self.count(Severity::Docs)
        )
    }
}

/// Name the overlay behind each change an overlay made: `(from overlay fix.overlay.yaml:9:7
/// (/actions/0/update/type))` after the message of a change to an operation, a type or a
/// field whose node in `new` an overlay wrote (or wrote part of).
pub fn attribute_overlays(report: &mut Report, new: &Api, writes: &crate::load::overlay::Writes) {
    if writes.is_empty() {
        return;
    }
    for c in report.changes.iter_mut() {
        let pointers: Vec<String> = if let Some(ident) = c.subject.strip_prefix("operation ") {
            new.operations
                .iter()
                .filter(|o| o.ident == ident)
                .map(|o| o.pointer.clone())
                .collect()
        } else if let Some(name) = c.subject.strip_prefix("type ") {
            new.types
                .iter()
                .filter(|t| t.name == name)
                .map(|t| t.origin.trim_start_matches('#').to_string())
                .collect()
        } else if let Some((ty, field)) = c
            .subject
            .strip_prefix("field ")
            .and_then(|f| f.split_once('.'))
        {
            new.types
                .iter()
                .filter(|t| t.name == ty)
                .map(|t| {
                    format!(
                        "{}/properties/{}",
                        t.origin.trim_start_matches('#'),
                        crate::load::escape_pointer(field)
                    )
                })
                .collect()
        } else {
            Vec::new()
        };
        if let Some(place) = pointers.iter().find_map(|p| writes.at_or_under(p)) {
            c.message.push_str(&format!(" (from overlay {place})"));
        }
    }
}

struct Diff {
    out: Vec<Change>,
    /// The names of both APIs' generated types, by the ids [`compare`] gives them.
    names: Vec<String>,
}

impl Diff {
    fn push(&mut self, severity: Severity, kind: &'static str, subject: String, message: String) {
        self.out.push(Change {
            severity,
            kind,
            subject,
            message,
            before: None,
            after: None,
        });
    }
    fn push_sig(
        &mut self,
        severity: Severity,
        kind: &'static str,
        subject: String,
        message: String,
        before: &Operation,
        after: &Operation,
    ) {
        self.out.push(Change {
            severity,
            kind,
            subject,
            message,
            before: Some(signature(before, &self.names)),
            after: Some(signature(after, &self.names)),
        });
    }
}

/// The Rust method a caller writes for an operation, with what `.await` returns (the
/// generator's own [`crate::render::signature`], as one line).
pub fn signature(op: &Operation, names: &(impl TypeNames + ?Sized)) -> String {
    crate::render::signature(op, names).text()
}

/// What the request body argument or setter takes (`&types::Pet`, `impl Into<String>`),
/// `multipart` for a multipart body, from the operation's signature.
fn body_arg(op: &Operation, names: &[String]) -> String {
    let sig = crate::render::signature(op, names);
    sig.inputs
        .iter()
        .find(|a| a.input == Input::Body)
        .map_or_else(|| "multipart".to_string(), |a| a.text())
}

/// A type as a caller writes it, from the service module (`types::User`).
fn rust(ty: &Ty, names: &[String]) -> String {
    rust_type(ty, names, "types::")
}

/// Compare two versions of an API.
pub fn compare(old: &Api, new: &Api) -> Report {
    // Ids index each API's own type table: renumber both into one list of names, so a
    // type is the same id on both sides when it has the same name.
    let mut names: Vec<String> = old
        .types
        .iter()
        .chain(&new.types)
        .map(|t| t.name.clone())
        .collect();
    names.sort();
    names.dedup();
    let joint = |api: &Api| {
        let mut api = api.clone();
        // A type merged into an identical one (`pub type A = B;`) is compared as the
        // definition it stands for: a type becoming, or ceasing to be, a duplicate of
        // another changes nothing a user wrote.
        let canonical: Vec<Option<TypeKind>> = api
            .types
            .iter()
            .map(|t| match &t.kind {
                TypeKind::Alias {
                    ty: Ty::Ref(id),
                    merged: true,
                } => api.types.get(id.0).map(|c| c.kind.clone()),
                _ => None,
            })
            .collect();
        for (t, kind) in api.types.iter_mut().zip(canonical) {
            if let Some(kind) = kind {
                t.kind = kind;
            }
        }
        let ids: Vec<TypeId> = api
            .types
            .iter()
            .map(|t| TypeId(names.binary_search(&t.name).unwrap_or(usize::MAX)))
            .collect();
        api.tys_mut(&mut |ty| ty.ids_mut(&mut |id| *id = ids.get(id.0).copied().unwrap_or(*id)));
        api
    };
    let (old, new) = (&joint(old), &joint(new));
    let mut d = Diff {
        out: Vec::new(),
        names,
    };
    servers(&mut d, old, new);
    schemes(&mut d, old, new);
    operations(&mut d, old, new);
    types(&mut d, old, new);
    // Breaking first; within a severity keep discovery order (spec order).
    d.out.sort_by_key(|c| c.severity);
    Report { changes: d.out }
}

fn servers(d: &mut Diff, old: &Api, new: &Api) {
    let (o, n) = (
        old.servers.first().map(|s| s.url.as_str()),
        new.servers.first().map(|s| s.url.as_str()),
    );
    if o != n {
        d.push(
            Severity::Breaking,
            "servers.base_url_changed",
            "servers".into(),
            format!("default base URL changed from {} to {}: clients built without `base_url(..)` now call another server", o.unwrap_or("(none)"), n.unwrap_or("(none)")),
        );
    }
}

fn schemes(d: &mut Diff, old: &Api, new: &Api) {
    for s in &old.security_schemes {
        match new.security_schemes.iter().find(|n| n.name == s.name) {
            None => d.push(
                Severity::Breaking,
                "security_scheme.removed",
                format!("security scheme {}", s.name),
                format!(
                    "security scheme `{}` removed: `ClientBuilder::{}` is gone",
                    s.name, s.ident
                ),
            ),
            Some(n) if n.kind != s.kind => d.push(
                Severity::Breaking,
                "security_scheme.changed",
                format!("security scheme {}", s.name),
                format!(
                    "security scheme `{}` changed how credentials are sent",
                    s.name
                ),
            ),
            Some(_) => {}
        }
    }
    for s in &new.security_schemes {
        if !old.security_schemes.iter().any(|o| o.name == s.name) {
            d.push(
                Severity::NonBreaking,
                "security_scheme.added",
                format!("security scheme {}", s.name),
                format!(
                    "security scheme `{}` added (`ClientBuilder::{}`)",
                    s.name, s.ident
                ),
            );
        }
    }
}

fn key(op: &Operation) -> (Method, String) {
    (op.method, op.path.clone())
}

fn operations(d: &mut Diff, old: &Api, new: &Api) {
    let new_by_key: BTreeMap<(Method, String), &Operation> =
        new.operations.iter().map(|o| (key(o), o)).collect();
    let new_by_ident: BTreeMap<&str, &Operation> = new
        .operations
        .iter()
        .map(|o| (o.ident.as_str(), o))
        .collect();
    let old_keys: Vec<(Method, String)> = old.operations.iter().map(key).collect();
    for o in &old.operations {
        let subject = format!("operation {}", o.ident);
        let n = match (new_by_key.get(&key(o)), new_by_ident.get(o.ident.as_str())) {
            (Some(n), _) => *n,
            (None, Some(n)) => {
                d.push_sig(
                    Severity::Breaking,
                    "operation.moved",
                    subject.clone(),
                    format!(
                        "`{}` moved from {} {} to {} {}",
                        o.ident, o.method, o.path, n.method, n.path
                    ),
                    o,
                    n,
                );
                *n
            }
            (None, None) => {
                d.out.push(Change {
                    severity: Severity::Breaking,
                    kind: "operation.removed",
                    subject,
                    message: format!(
                        "{} {} removed: `Client::{}` is gone",
                        o.method, o.path, o.ident
                    ),
                    before: Some(signature(o, &d.names)),
                    after: None,
                });
                continue;
            }
        };
        if n.ident != o.ident {
            d.push_sig(
                Severity::Breaking,
                "operation.renamed",
                subject.clone(),
                format!(
                    "operationId changed: `Client::{}` is now `Client::{}`",
                    o.ident, n.ident
                ),
                o,
                n,
            );
        }
        operation(d, o, n);
    }
    for n in &new.operations {
        if !old_keys.contains(&key(n)) && !old.operations.iter().any(|o| o.ident == n.ident) {
            d.out.push(Change {
                severity: Severity::NonBreaking,
                kind: "operation.added",
                subject: format!("operation {}", n.ident),
                message: format!("{} {} added as `Client::{}`", n.method, n.path, n.ident),
                before: None,
                after: Some(signature(n, &d.names)),
            });
        }
    }
}

fn operation(d: &mut Diff, o: &Operation, n: &Operation) {
    let subject = format!("operation {}", n.ident);
    let start = d.out.len();
    params(d, &subject, &o.params, &n.params);
    body(d, &subject, o, n);
    if o.success != n.success {
        let (so, sn) = (
            crate::render::signature(o, &d.names),
            crate::render::signature(n, &d.names),
        );
        d.push(
            Severity::Breaking,
            "response.type_changed",
            subject.clone(),
            if so.output == sn.output {
                format!("success type `{}` changed its variants", sn.output)
            } else {
                format!(
                    "success type changed from `{}` to `{}`",
                    so.output, sn.output
                )
            },
        );
    }
    for r in &o.responses {
        match n.responses.iter().find(|x| x.status == r.status) {
            None => d.push(
                Severity::Breaking,
                "response.removed",
                subject.clone(),
                format!(
                    "response `{}` removed{}",
                    r.status,
                    r.variant
                        .as_ref()
                        .map(|v| format!(" (`{}::{v}` is gone)", o.error_type))
                        .unwrap_or_default()
                ),
            ),
            Some(x) if !r.is_success && x.ty != r.ty => d.push(
                Severity::Breaking,
                "response.type_changed",
                subject.clone(),
                format!(
                    "response `{}` body changed from `{}` to `{}`",
                    r.status,
                    r.ty.as_ref().map_or("()".into(), |t| rust(t, &d.names)),
                    x.ty.as_ref().map_or("()".into(), |t| rust(t, &d.names))
                ),
            ),
            Some(x) if !same_headers(&x.headers, &r.headers) => d.push(
                Severity::Breaking,
                "response.headers_changed",
                subject.clone(),
                format!("response `{}` headers changed", r.status),
            ),
            Some(_) => {}
        }
    }
    for r in &n.responses {
        if !o.responses.iter().any(|x| x.status == r.status) {
            d.push(
                Severity::NonBreaking,
                "response.added",
                subject.clone(),
                format!("response `{}` documented ({})", r.status, r.description),
            );
        }
    }
    if o.security != n.security {
        d.push(
            Severity::Breaking,
            "security.changed",
            subject.clone(),
            format!(
                "auth requirement changed from {} to {}",
                describe_security(&o.security),
                describe_security(&n.security)
            ),
        );
    }
    let (os, ns) = (
        o.servers.iter().map(|s| &s.url).collect::<Vec<_>>(),
        n.servers.iter().map(|s| &s.url).collect::<Vec<_>>(),
    );
    if os != ns {
        d.push(
            Severity::Breaking,
            "servers.operation_changed",
            subject.clone(),
            format!("operation servers changed from {os:?} to {ns:?}"),
        );
    }
    // Attach signatures to the breaking changes of this operation when the signature moved.
    let (before, after) = (signature(o, &d.names), signature(n, &d.names));
    if before != after {
        for c in d.out.iter_mut().skip(start) {
            if c.before.is_none() {
                c.before = Some(before.clone());
                c.after = Some(after.clone());
            }
        }
    }
    if o.deprecated != n.deprecated {
        d.push(
            Severity::Docs,
            "operation.deprecated",
            subject.clone(),
            format!(
                "operation {}",
                if n.deprecated {
                    "deprecated"
                } else {
                    "no longer deprecated"
                }
            ),
        );
    }
    if o.summary != n.summary || o.description != n.description {
        d.push(
            Severity::Docs,
            "operation.docs",
            subject,
            "summary or description changed".into(),
        );
    }
}

fn describe_security(s: &[Vec<String>]) -> String {
    if s.is_empty() {
        return "none".into();
    }
    s.iter()
        .map(|alt| alt.join(" + "))
        .collect::<Vec<_>>()
        .join(" or ")
}

fn params(d: &mut Diff, subject: &str, old: &[Param], new: &[Param]) {
    for p in old {
        let label = format!("{} parameter `{}`", p.location, p.name);
        match new
            .iter()
            .find(|n| n.name == p.name && n.location == p.location)
        {
            None => {
                let renamed = new.iter().find(|n| {
                    n.location == p.location
                        && n.ty == p.ty
                        && !old
                            .iter()
                            .any(|o| o.name == n.name && o.location == n.location)
                });
                match renamed {
                    Some(n) => d.push(
                        Severity::Breaking,
                        "param.renamed",
                        subject.into(),
                        format!("{label} renamed to `{}`", n.name),
                    ),
                    None => d.push(
                        Severity::Breaking,
                        "param.removed",
                        subject.into(),
                        format!("{label} removed"),
                    ),
                }
            }
            Some(n) => {
                if !p.required && n.required {
                    d.push(
                        Severity::Breaking,
                        "param.now_required",
                        subject.into(),
                        format!("{label} is now required: a method argument instead of a setter"),
                    );
                } else if p.required && !n.required {
                    d.push(
                        Severity::Breaking,
                        "param.now_optional",
                        subject.into(),
                        format!("{label} is now optional: a setter instead of a method argument"),
                    );
                }
                if p.ty != n.ty {
                    d.push(
                        Severity::Breaking,
                        "param.type_changed",
                        subject.into(),
                        format!(
                            "{label} type changed from `{}` to `{}`",
                            rust(&p.ty, &d.names),
                            rust(&n.ty, &d.names)
                        ),
                    );
                }
                if p.description != n.description {
                    d.push(
                        Severity::Docs,
                        "param.docs",
                        subject.into(),
                        format!("{label} description changed"),
                    );
                }
            }
        }
    }
    for n in new {
        if old
            .iter()
            .any(|p| p.name == n.name && p.location == n.location)
        {
            continue;
        }
        let renamed_from = old.iter().any(|o| {
            o.location == n.location
                && o.ty == n.ty
                && !new
                    .iter()
                    .any(|x| x.name == o.name && x.location == o.location)
        });
        if renamed_from {
            continue; // reported as a rename
        }
        let label = format!("{} parameter `{}`", n.location, n.name);
        if n.required {
            d.push(
                Severity::Breaking,
                "param.added_required",
                subject.into(),
                format!("required {label} added: a new method argument"),
            );
        } else {
            d.push(
                Severity::NonBreaking,
                "param.added_optional",
                subject.into(),
                format!("optional {label} added (setter `.{}(..)`)", n.ident),
            );
        }
    }
}

fn body(d: &mut Diff, subject: &str, old_op: &Operation, new_op: &Operation) {
    match (old_op.body.as_ref(), new_op.body.as_ref()) {
        (None, Some(n)) if n.required => d.push(
            Severity::Breaking,
            "body.added_required",
            subject.into(),
            "a required request body was added".into(),
        ),
        (None, Some(_)) => d.push(
            Severity::NonBreaking,
            "body.added_optional",
            subject.into(),
            "an optional request body was added (setter `.body(..)`)".into(),
        ),
        (Some(_), None) => d.push(
            Severity::Breaking,
            "body.removed",
            subject.into(),
            "the request body was removed".into(),
        ),
        (Some(o), Some(n)) => {
            let (before, after) = (body_arg(old_op, &d.names), body_arg(new_op, &d.names));
            if before != after {
                d.push(
                    Severity::Breaking,
                    "body.type_changed",
                    subject.into(),
                    format!("request body changed from `{before}` to `{after}`"),
                );
            }
            if o.required != n.required {
                d.push(
                    Severity::Breaking,
                    "body.required_changed",
                    subject.into(),
                    format!(
                        "request body is now {}",
                        if n.required { "required" } else { "optional" }
                    ),
                );
            }
            if let (BodyKind::Multipart { fields: of }, BodyKind::Multipart { fields: nf }) =
                (&o.kind, &n.kind)
            {
                for f in of {
                    match nf.iter().find(|x| x.name == f.name) {
                        None => d.push(
                            Severity::Breaking,
                            "form_field.removed",
                            subject.into(),
                            format!("form field `{}` removed", f.name),
                        ),
                        Some(x) if x.ty != f.ty || x.required != f.required => d.push(
                            Severity::Breaking,
                            "form_field.changed",
                            subject.into(),
                            format!("form field `{}` changed", f.name),
                        ),
                        Some(_) => {}
                    }
                }
                for x in nf.iter().filter(|x| !of.iter().any(|f| f.name == x.name)) {
                    let sev = if x.required {
                        Severity::Breaking
                    } else {
                        Severity::NonBreaking
                    };
                    d.push(
                        sev,
                        "form_field.added",
                        subject.into(),
                        format!(
                            "{} form field `{}` added",
                            if x.required { "required" } else { "optional" },
                            x.name
                        ),
                    );
                }
            }
            if o.content_type != n.content_type {
                d.push(
                    Severity::NonBreaking,
                    "body.content_type_changed",
                    subject.into(),
                    format!(
                        "request content type changed from `{}` to `{}`",
                        o.content_type, n.content_type
                    ),
                );
            }
        }
        (None, None) => {}
    }
}

fn types(d: &mut Diff, old: &Api, new: &Api) {
    let new_by_name: BTreeMap<&str, &TypeDef> =
        new.types.iter().map(|t| (t.name.as_str(), t)).collect();
    for o in &old.types {
        let subject = format!("type {}", o.name);
        let Some(n) = new_by_name.get(o.name.as_str()) else {
            d.push(
                Severity::Breaking,
                "type.removed",
                subject,
                format!("type `types::{}` removed", o.name),
            );
            continue;
        };
        match (&o.kind, &n.kind) {
            (TypeKind::Struct { fields: of, .. }, TypeKind::Struct { fields: nf, .. }) => {
                for f in of {
                    let fs = format!("field {}.{}", o.name, f.name);
                    match nf.iter().find(|x| x.name == f.name) {
                        None => d.push(
                            Severity::Breaking,
                            "field.removed",
                            fs,
                            format!("field `{}` removed", f.ident),
                        ),
                        Some(x) if x.ty != f.ty => {
                            let kind = if f.ty == x.ty.clone().option() {
                                "field.now_required"
                            } else {
                                "field.type_changed"
                            };
                            d.push(
                                Severity::Breaking,
                                kind,
                                fs,
                                format!(
                                    "field `{}` changed from `{}` to `{}`",
                                    f.ident,
                                    rust_type(&f.ty, &d.names, ""),
                                    rust_type(&x.ty, &d.names, "")
                                ),
                            );
                        }
                        Some(x) if x.description != f.description => d.push(
                            Severity::Docs,
                            "field.docs",
                            fs,
                            "description changed".into(),
                        ),
                        Some(_) => {}
                    }
                }
                for x in nf.iter().filter(|x| !of.iter().any(|f| f.name == x.name)) {
                    let fs = format!("field {}.{}", o.name, x.name);
                    // Models are built with `T::new(required..)` (plus struct update),
                    // or `..Default::default()` when nothing is required.
                    if !x.constructor_arg {
                        d.push(
                            Severity::NonBreaking,
                            "field.added_optional",
                            fs,
                            format!(
                                "optional field `{}: {}` added: code building the value with `{}::new(..)` or `..Default::default()` is unaffected; a struct literal that lists every field must add it",
                                x.ident,
                                rust_type(&x.ty, &d.names, ""),
                                n.name
                            ),
                        );
                    } else {
                        d.push(
                            Severity::Breaking,
                            "field.added_required",
                            fs,
                            format!(
                                "required field `{}: {}` added: `{}::new` takes it as a new argument and struct literals must set it",
                                x.ident,
                                rust_type(&x.ty, &d.names, ""),
                                n.name
                            ),
                        );
                    }
                }
            }
            (
                TypeKind::StringEnum { variants: ov, .. },
                TypeKind::StringEnum { variants: nv, .. },
            )
            | (TypeKind::IntEnum { variants: ov, .. }, TypeKind::IntEnum { variants: nv, .. }) => {
                for v in ov.iter().filter(|v| !nv.iter().any(|x| x.value == v.value)) {
                    d.push(Severity::Breaking, "enum.value_removed", subject.clone(), format!("value `{}` removed: `{}::{}` is gone and the server no longer accepts it", v.value, o.name, v.ident));
                }
                for v in nv.iter().filter(|v| !ov.iter().any(|x| x.value == v.value)) {
                    d.push(
                        Severity::NonBreaking,
                        "enum.value_added",
                        subject.clone(),
                        format!(
                            "value `{}` added as `{}::{}` (older clients decode it as `Other`)",
                            v.value, n.name, v.ident
                        ),
                    );
                }
            }
            (TypeKind::Union { variants: ov, .. }, TypeKind::Union { variants: nv, .. }) => {
                let (a, b): (Vec<_>, Vec<_>) = (
                    ov.iter().map(|v| (&v.ident, &v.ty)).collect(),
                    nv.iter().map(|v| (&v.ident, &v.ty)).collect(),
                );
                if a != b {
                    d.push(
                        Severity::Breaking,
                        "union.variants_changed",
                        subject,
                        "variants changed".into(),
                    );
                }
            }
            (TypeKind::Alias { ty: a, .. }, TypeKind::Alias { ty: b, .. }) => {
                if a != b {
                    let (a, b) = (rust_type(a, &d.names, ""), rust_type(b, &d.names, ""));
                    d.push(
                        Severity::Breaking,
                        "type.changed",
                        subject,
                        format!("`{}` changed from `{a}` to `{b}`", o.name),
                    );
                }
            }
            (ok, nk) => d.push(
                Severity::Breaking,
                "type.kind_changed",
                subject,
                format!(
                    "`{}` changed from {} to {}",
                    o.name,
                    kind_name(ok),
                    kind_name(nk)
                ),
            ),
        }
        if o.description != n.description {
            d.push(
                Severity::Docs,
                "type.docs",
                format!("type {}", o.name),
                "description changed".into(),
            );
        }
    }
    let old_names: Vec<&str> = old.types.iter().map(|t| t.name.as_str()).collect();
    for n in new
        .types
        .iter()
        .filter(|t| !old_names.contains(&t.name.as_str()))
    {
        d.push(
            Severity::NonBreaking,
            "type.added",
            format!("type {}", n.name),
            format!("type `types::{}` added", n.name),
        );
    }
}

fn kind_name(k: &TypeKind) -> &'static str {
    match k {
        TypeKind::Struct { .. } => "a struct",
        TypeKind::StringEnum { .. } => "a string enum",
        TypeKind::IntEnum { .. } => "an integer enum",
        TypeKind::Union { .. } => "a union",
        TypeKind::Alias { .. } => "an alias",
    }
}

/// Response headers as a caller sees them (name, field, type, required), in any order:
/// reordering the spec's headers, or editing their descriptions, changes nothing.
fn same_headers(a: &[crate::ir::ResponseHeader], b: &[crate::ir::ResponseHeader]) -> bool {
    fn key(hs: &[crate::ir::ResponseHeader]) -> Vec<(&str, &str, &Ty, bool)> {
        let mut v: Vec<(&str, &str, &Ty, bool)> = hs
            .iter()
            .map(|h| (h.name.as_str(), h.ident.as_str(), &h.ty, h.required))
            .collect();
        v.sort_unstable();
        v
    }
    key(a) == key(b)
}
