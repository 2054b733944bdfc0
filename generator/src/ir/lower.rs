//! Lowering a loaded document into the IR: components first (so references resolve to
//! their names), then operations, then one finishing pass that boxes recursive fields
//! and settles what depends on other types (`Default`, `Display`).

use std::collections::BTreeMap;

use openapiv3::{APIKeyLocation, ReferenceOr};
use serde::Deserialize;
use serde_json::Value;

use super::names::{bare, snake, Namespace};
use super::reserved::{reserved, Scope};
use super::table::TypeTable;
use super::types::{box_recursive, Displayable, TypeId};
use super::{
    Api, AuthParamsSpec, FlowKind, HttpScheme, Location, OAuthFlow, SchemeKind, SecurityScheme,
    Server, ServerVariable, Ty, TypeKind,
};
use crate::diagnostics::{Diagnostic, Error, Result, Severity};
use crate::load::{escape_pointer, Document};

pub struct Ctx<'a> {
    pub doc: &'a Document,
    /// Every generated type, by id.
    pub table: TypeTable,
    /// Component schema name → its type.
    pub components: BTreeMap<String, TypeId>,
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
    let _span = crate::timings::span("lower", || module.to_string());
    crate::stack::on_big_stack(|| lower_here(doc, module))
}

fn lower_here(doc: &Document, module: &str) -> Result<Api> {
    let mut ctx = Ctx {
        doc,
        table: TypeTable::default(),
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
        let id = ctx.table.add(given, name);
        ctx.components.insert(name.clone(), id);
    }
    for name in &schema_names {
        let ptr = format!("/components/schemas/{}", escape_pointer(name));
        if let Some(id) = ctx.components.get(name).copied() {
            ctx.define(&ptr, id);
        }
    }

    let security_schemes = security_schemes(&mut ctx);
    let servers = servers(&doc.api.servers);
    let operations = super::operations::lower_operations(&mut ctx, &security_schemes);
    let header_structs = std::mem::take(&mut ctx.header_structs);

    if !ctx.errors.is_empty() {
        return Err(Error::Input(ctx.errors));
    }

    let (types, renumber) = std::mem::take(&mut ctx.table).finish();
    let info = &doc.api.info;
    let mut api = Api {
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
    };
    // Ids from here on are indices of `api.types`.
    api.tys_mut(&mut |ty| {
        ty.ids_mut(&mut |id| {
            *id = renumber.get(id.0).copied().unwrap_or(*id);
        })
    });
    box_recursive(&mut api.types);
    finish_types(&mut api.types);
    Ok(api)
}

fn finish_types(types: &mut [super::TypeDef]) {
    let display: Vec<bool> = {
        let mut check = Displayable::new(types);
        types
            .iter()
            .enumerate()
            .map(|(i, t)| matches!(t.kind, TypeKind::Union { .. }) && check.named(TypeId(i)))
            .collect()
    };
    for (i, t) in types.iter_mut().enumerate() {
        match &mut t.kind {
            TypeKind::Struct {
                fields,
                derive_default,
                has_new,
                ..
            } => {
                // `Default` only where it invents nothing the spec requires.
                *has_new = fields.iter().any(|f| f.constructor_arg);
                *derive_default = !*has_new && fields.iter().all(|f| f.ty.has_default());
            }
            TypeKind::Union { display: d, .. } => {
                *d = display.get(i).copied().unwrap_or(false);
            }
            _ => {}
        }
    }
}

/// The servers of a path item or operation at `ptr` (its `servers`), read as the typed
/// document's Server Objects: path items and operations are reached by pointer (a path
/// item may be a `$ref`, and 3.2's `query` operation has no field in the typed document),
/// the list itself is typed.
pub fn servers_at(doc: &Document, ptr: &str) -> Vec<Server> {
    doc.raw
        .pointer(ptr)
        .and_then(|v| Vec::<openapiv3::Server>::deserialize(v).ok())
        .map(|list| servers(&list))
        .unwrap_or_default()
}

/// Server Objects as the IR holds them.
pub fn servers(list: &[openapiv3::Server]) -> Vec<Server> {
    list.iter()
        .map(|s| Server {
            url: s.url.clone(),
            description: s
                .description
                .as_deref()
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_string),
            variables: s
                .variables
                .iter()
                .flatten()
                .map(|(name, v)| ServerVariable {
                    name: name.clone(),
                    default: v.default.clone(),
                    values: v.enumeration.clone(),
                })
                .collect(),
        })
        .collect()
}

/// The document's Security Scheme Objects, in document order, read as the typed
/// document's `SecurityScheme`s. Two things come from the raw document, by the scheme's
/// pointer: the order of an OAuth2 scheme's flows (openapiv3's `OAuth2Flows` has a field
/// per flow, and the first flow the runtime drives takes the scheme's name), and the
/// `x-authorization-params` extension. A scheme that is a `$ref` is followed in the raw
/// document (its target may be anywhere in it) and read there as a typed scheme.
fn security_schemes(ctx: &mut Ctx<'_>) -> Vec<SecurityScheme> {
    let doc = ctx.doc;
    let Some(components) = &doc.api.components else {
        return vec![];
    };
    // Builder methods are beside the runtime's own (`timeout`, `credential`, …).
    let mut ns = Namespace::with_reserved(&reserved(Scope::ClientBuilder));
    let mut out = Vec::new();
    for (name, scheme) in &components.security_schemes {
        let ptr = format!("/components/securitySchemes/{}", escape_pointer(name));
        let referenced;
        let (at, typed) = match scheme {
            ReferenceOr::Item(typed) => (ptr.clone(), typed),
            ReferenceOr::Reference { .. } => {
                let (at, Some(node)) = ctx.deref(&ptr) else {
                    continue;
                };
                let read = doc
                    .raw
                    .pointer(&at)
                    .map(openapiv3::SecurityScheme::deserialize);
                match read {
                    Some(Ok(typed)) => {
                        referenced = typed;
                        (at, &referenced)
                    }
                    Some(Err(e)) => {
                        match node.get("type").and_then(Value::as_str) {
                            Some(t @ ("apiKey" | "http" | "oauth2" | "openIdConnect")) => {
                                ctx.error(&at, format!("not a valid {t} security scheme: {e}"))
                            }
                            other => ctx.error(
                                &format!("{ptr}/type"),
                                format!("unknown security scheme type {other:?}"),
                            ),
                        }
                        continue;
                    }
                    None => continue,
                }
            }
        };
        let raw = doc.raw.pointer(&at);
        let (kind, description) = match typed {
            openapiv3::SecurityScheme::APIKey {
                location,
                name: param,
                description,
                ..
            } => (
                SchemeKind::ApiKey {
                    location: match location {
                        APIKeyLocation::Query => Location::Query,
                        APIKeyLocation::Header => Location::Header,
                        APIKeyLocation::Cookie => Location::Cookie,
                    },
                    param: param.clone(),
                    auth_params: raw
                        .and_then(|s| s.get(crate::extensions::AUTHORIZATION_PARAMS))
                        .and_then(auth_params),
                },
                description,
            ),
            openapiv3::SecurityScheme::HTTP {
                scheme,
                bearer_format,
                description,
                ..
            } => (
                SchemeKind::Http {
                    scheme: HttpScheme::parse(scheme),
                    bearer_format: bearer_format.clone(),
                },
                description,
            ),
            openapiv3::SecurityScheme::OAuth2 {
                flows, description, ..
            } => (
                SchemeKind::OAuth2 {
                    flows: oauth_flows(flows, &keys_of(raw.and_then(|s| s.get("flows")))),
                },
                description,
            ),
            openapiv3::SecurityScheme::OpenIDConnect {
                open_id_connect_url,
                description,
                ..
            } => (
                SchemeKind::OpenIdConnect {
                    url: open_id_connect_url.clone(),
                },
                description,
            ),
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
        let derived = kind
            .derived()
            .into_iter()
            .map(|d| (d, ns.claim(&format!("{}_{}", bare(&ident), d.suffix()))))
            .collect();
        out.push(SecurityScheme {
            name: name.clone(),
            ident,
            description: description
                .as_deref()
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_string),
            kind,
            derived,
        });
    }
    out
}

/// An OAuth Flows Object's flows in the document's order (`order`: the keys of `flows`
/// in the raw document; openapiv3 keeps one field per flow), each read from the typed
/// flow. Keys that name no flow are skipped.
fn oauth_flows(flows: &openapiv3::OAuth2Flows, order: &[String]) -> Vec<OAuthFlow> {
    let flow = |flow,
                token_url: Option<&String>,
                authorization_url: Option<&String>,
                refresh_url: &Option<String>,
                scopes: &indexmap::IndexMap<String, String>| OAuthFlow {
        flow,
        token_url: token_url.cloned(),
        authorization_url: authorization_url.cloned(),
        refresh_url: refresh_url.clone(),
        scopes: scopes.iter().map(|(k, d)| (k.clone(), d.clone())).collect(),
        method: None,
    };
    order
        .iter()
        .filter_map(|key| {
            Some(match FlowKind::parse(key)? {
                FlowKind::Implicit => {
                    let f = flows.implicit.as_ref()?;
                    flow(
                        FlowKind::Implicit,
                        None,
                        Some(&f.authorization_url),
                        &f.refresh_url,
                        &f.scopes,
                    )
                }
                FlowKind::Password => {
                    let f = flows.password.as_ref()?;
                    flow(
                        FlowKind::Password,
                        Some(&f.token_url),
                        None,
                        &f.refresh_url,
                        &f.scopes,
                    )
                }
                FlowKind::ClientCredentials => {
                    let f = flows.client_credentials.as_ref()?;
                    flow(
                        FlowKind::ClientCredentials,
                        Some(&f.token_url),
                        None,
                        &f.refresh_url,
                        &f.scopes,
                    )
                }
                FlowKind::AuthorizationCode => {
                    let f = flows.authorization_code.as_ref()?;
                    flow(
                        FlowKind::AuthorizationCode,
                        Some(&f.token_url),
                        Some(&f.authorization_url),
                        &f.refresh_url,
                        &f.scopes,
                    )
                }
            })
        })
        .collect()
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
