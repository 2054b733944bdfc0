//! Lowering a loaded document into the IR: components first (so references resolve to
//! their names), then operations, then one finishing pass that boxes recursive fields
//! and settles what depends on other types (`Default`, `Display`).

use std::collections::BTreeMap;

use serde_json::Value;

use super::names::{bare, pascal, snake, Namespace};
use super::reserved::{reserved, Scope};
use super::types::{box_recursive, text, Displayable};
use super::{
    Api, AuthParamsSpec, FlowKind, HttpScheme, Location, OAuthFlow, SchemeKind, SecurityScheme,
    Server, ServerVariable, Ty, TypeKind,
};
use crate::diagnostics::{Diagnostic, Error, Result, Severity};
use crate::load::{escape_pointer, Document};

pub struct Ctx<'a> {
    pub doc: &'a Document,
    pub types: Vec<super::TypeDef>,
    pub type_ns: Namespace,
    /// Component schema name → Rust type name.
    pub components: BTreeMap<String, String>,
    /// Inline schemas already lowered, by pointer.
    pub inline: BTreeMap<String, Ty>,
    pub warnings: Vec<Diagnostic>,
    pub errors: Vec<Diagnostic>,
    pub depth: usize,
    /// Names at the module root: client, request builders, response enums, header structs.
    pub op_ns: Namespace,
    pub header_structs: Vec<super::HeaderStruct>,
}

impl Ctx<'_> {
    pub fn warn(&mut self, ptr: &str, msg: impl Into<String>) {
        let d = self.doc.diag(ptr, msg).with_severity(Severity::Warning);
        self.warnings.push(d);
    }
    pub fn error(&mut self, ptr: &str, msg: impl Into<String>) {
        let d = self.doc.diag(ptr, msg);
        self.errors.push(d);
    }
}

/// The keys of the object at `value`, in document order (none when it is absent or not
/// an object): component names, paths, statuses, properties, headers.
pub fn keys_of(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// Lower a document to the IR. `module` is the snake_case module name.
///
/// Runs on a stack of its own: lowering recurses as deep as the schemas nest.
pub fn lower(doc: &Document, module: &str) -> Result<Api> {
    crate::stack::on_big_stack(|| lower_here(doc, module))
}

fn lower_here(doc: &Document, module: &str) -> Result<Api> {
    let mut ctx = Ctx {
        doc,
        types: Vec::new(),
        type_ns: Namespace::with_reserved(&reserved(Scope::Types)),
        components: BTreeMap::new(),
        inline: BTreeMap::new(),
        warnings: Vec::new(),
        errors: Vec::new(),
        depth: 0,
        op_ns: Namespace::with_reserved(&reserved(Scope::Root)),
        header_structs: Vec::new(),
    };

    // Register every component name before lowering anything, so refs resolve.
    let schema_names: Vec<String> = keys_of(doc.raw.pointer("/components/schemas"));
    for name in &schema_names {
        // A config's (or the spec's) `x-rust-type-name` names the type.
        let given = doc
            .raw
            .pointer(&format!(
                "/components/schemas/{}/{}",
                escape_pointer(name),
                crate::extensions::RUST_TYPE_NAME
            ))
            .and_then(Value::as_str);
        let rust = ctx.type_ns.claim(&pascal(given.unwrap_or(name)));
        ctx.components.insert(name.clone(), rust);
    }
    for name in &schema_names {
        let ptr = format!("/components/schemas/{}", escape_pointer(name));
        let rust = ctx.components.get(name).cloned().unwrap_or_default();
        ctx.define(&ptr, &rust);
    }

    let security_schemes = security_schemes(&mut ctx);
    let servers = servers_at(doc, "/servers");
    let operations = super::operations::lower_operations(&mut ctx, &security_schemes);
    let header_structs = std::mem::take(&mut ctx.header_structs);

    if !ctx.errors.is_empty() {
        return Err(Error::Input(ctx.errors));
    }

    let mut types = std::mem::take(&mut ctx.types);
    box_recursive(&mut types);
    finish_types(&mut types);
    // Types are emitted by name: document order would make an unrelated edit reorder
    // the output; name order keeps diffs small.
    types.sort_by(|a, b| a.name.cmp(&b.name));

    let info = &doc.api.info;
    Ok(Api {
        module: module.to_string(),
        title: info.title.clone(),
        version: info.version.clone(),
        description: info.description.clone(),
        servers: if servers.is_empty() {
            vec![Server {
                url: "/".into(),
                description: None,
                variables: vec![],
            }]
        } else {
            servers
        },
        security_schemes,
        operations,
        types,
        header_structs,
        warnings: ctx.warnings,
    })
}

fn finish_types(types: &mut [super::TypeDef]) {
    let display: BTreeMap<String, bool> = {
        let mut check = Displayable::new(types);
        types
            .iter()
            .filter(|t| matches!(t.kind, TypeKind::Union { .. }))
            .map(|t| (t.name.clone(), check.named(&t.name)))
            .collect()
    };
    for t in types.iter_mut() {
        match &mut t.kind {
            TypeKind::Struct {
                fields,
                derive_default,
                has_new,
                any_deprecated,
                ..
            } => {
                // `Default` only where it invents nothing the spec requires.
                *has_new = fields.iter().any(|f| f.constructor_arg);
                *derive_default = !*has_new && fields.iter().all(|f| f.ty.has_default());
                *any_deprecated = fields.iter().any(|f| f.deprecated);
            }
            TypeKind::Union { display: d, .. } => {
                *d = display.get(&t.name).copied().unwrap_or(false);
            }
            _ => {}
        }
    }
}

pub fn servers_at(doc: &Document, ptr: &str) -> Vec<Server> {
    let Some(Value::Array(items)) = doc.raw.pointer(ptr) else {
        return vec![];
    };
    items
        .iter()
        .filter_map(Value::as_object)
        .filter_map(|s| {
            let url = s.get("url")?.as_str()?.to_string();
            let variables = s
                .get("variables")
                .and_then(Value::as_object)
                .map(|vars| {
                    vars.iter()
                        .map(|(name, v)| ServerVariable {
                            name: name.clone(),
                            default: v
                                .get("default")
                                .and_then(Value::as_str)
                                .unwrap_or_default()
                                .to_string(),
                            values: v
                                .get("enum")
                                .and_then(Value::as_array)
                                .map(|e| {
                                    e.iter()
                                        .filter_map(Value::as_str)
                                        .map(str::to_string)
                                        .collect()
                                })
                                .unwrap_or_default(),
                        })
                        .collect()
                })
                .unwrap_or_default();
            Some(Server {
                url,
                description: text(s, "description"),
                variables,
            })
        })
        .collect()
}

fn security_schemes(ctx: &mut Ctx<'_>) -> Vec<SecurityScheme> {
    let Some(Value::Object(schemes)) = ctx.doc.raw.pointer("/components/securitySchemes").cloned()
    else {
        return vec![];
    };
    // Builder methods are beside the runtime's own (`timeout`, `credential`, …).
    let mut ns = Namespace::with_reserved(&reserved(Scope::ClientBuilder));
    let mut out = Vec::new();
    for (name, _) in schemes.iter() {
        let ptr = format!("/components/securitySchemes/{}", escape_pointer(name));
        let (_, Some(s)) = ctx.deref(&ptr) else {
            continue;
        };
        let get = |k: &str| s.get(k).and_then(Value::as_str).map(str::to_string);
        let kind = match get("type").as_deref() {
            Some("apiKey") => SchemeKind::ApiKey {
                location: get("in")
                    .and_then(|l| Location::parse(&l))
                    .filter(|l| *l != Location::Path)
                    .unwrap_or(Location::Header),
                param: get("name").unwrap_or_else(|| "Authorization".into()),
                auth_params: s.get("x-authorization-params").and_then(auth_params),
            },
            Some("http") => SchemeKind::Http {
                scheme: HttpScheme::parse(&get("scheme").unwrap_or_else(|| "bearer".into())),
                bearer_format: get("bearerFormat"),
            },
            Some("oauth2") => {
                let flows = s
                    .get("flows")
                    .and_then(Value::as_object)
                    .map(|f| {
                        f.iter()
                            .filter_map(|(flow, v)| Some((FlowKind::parse(flow)?, v)))
                            .map(|(flow, v)| OAuthFlow {
                                flow,
                                token_url: v
                                    .get("tokenUrl")
                                    .and_then(Value::as_str)
                                    .map(str::to_string),
                                authorization_url: v
                                    .get("authorizationUrl")
                                    .and_then(Value::as_str)
                                    .map(str::to_string),
                                refresh_url: v
                                    .get("refreshUrl")
                                    .and_then(Value::as_str)
                                    .map(str::to_string),
                                scopes: v
                                    .get("scopes")
                                    .and_then(Value::as_object)
                                    .map(|m| {
                                        m.iter()
                                            .map(|(k, d)| {
                                                (
                                                    k.clone(),
                                                    d.as_str().unwrap_or_default().to_string(),
                                                )
                                            })
                                            .collect()
                                    })
                                    .unwrap_or_default(),
                                method: None,
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                SchemeKind::OAuth2 { flows }
            }
            Some("openIdConnect") => SchemeKind::OpenIdConnect {
                url: get("openIdConnectUrl").unwrap_or_default(),
            },
            other => {
                ctx.error(
                    &format!("{ptr}/type"),
                    format!("unknown security scheme type {other:?}"),
                );
                continue;
            }
        };
        let ident = ns.claim(&snake(name));
        let mut kind = kind;
        if let SchemeKind::OAuth2 { flows } = &mut kind {
            // One builder method per flow the runtime can drive; the first is named after
            // the scheme, the others after scheme and flow.
            let mut first = true;
            for f in flows.iter_mut().filter(|f| f.flow.driven()) {
                f.method = Some(if first {
                    ident.clone()
                } else {
                    ns.claim(&format!("{}_{}", bare(&ident), f.flow.as_str()))
                });
                first = false;
            }
        }
        out.push(SecurityScheme {
            name: name.clone(),
            ident,
            description: text(s, "description"),
            kind,
        });
    }
    out
}

fn auth_params(v: &Value) -> Option<AuthParamsSpec> {
    let list = |k: &str| -> Vec<String> {
        v.get(k)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    Some(AuthParamsSpec {
        scheme: v.get("scheme")?.as_str()?.to_string(),
        params: list("params"),
        always: list("always"),
        secret: list("secret"),
    })
}
