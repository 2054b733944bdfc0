//! What each security scheme adds to a generated client, described once: the
//! `runtime::SchemeKind` it is in `API.schemes`, and its `ClientBuilder` methods
//! (name, arguments, doc text, the runtime call, usage examples). `client.rs.j2` writes
//! the methods from it and `docs.md.j2` the README's authorization section, so the two
//! cannot disagree, and a new scheme kind is one more arm here.

use serde::Serialize;

use super::filters::{line, lit, md_cell};
use crate::ir::{
    AuthParamsSpec, Derived, FlowKind, HttpScheme, OAuthFlow, SchemeKind, SecurityScheme,
};

/// One security scheme, as the module and its README present it.
#[derive(Debug, Clone, Serialize)]
pub struct SchemeSetup {
    /// The name used in `security` requirements.
    pub name: String,
    /// What the README's heading says the scheme is (`API key, \`X-Key\` in header`),
    /// Markdown.
    pub label: String,
    pub description: Option<String>,
    /// The `runtime::SchemeKind` value in the module's `API.schemes`, Rust.
    pub runtime_kind: String,
    /// The `ClientBuilder` methods, in the order they are defined and documented.
    pub methods: Vec<BuilderMethod>,
}

/// A `ClientBuilder` method a scheme adds.
#[derive(Debug, Clone, Serialize)]
pub struct BuilderMethod {
    pub ident: String,
    /// Its doc comment's text (templates pipe it through `doc`).
    pub doc: String,
    /// Arguments after `self`: name and Rust type.
    pub params: Vec<(String, String)>,
    /// The body: the runtime call that stores the credential, Rust.
    pub call: String,
    /// How the README shows it used; at least one each.
    pub examples: Vec<Example>,
}

/// `let client = Client::builder().<method>(<args>).build()?;` in the README, with an
/// optional comment line before it, a statement before that, and one after.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Example {
    /// A one-line comment (its text, without `//`).
    pub comment: Option<String>,
    /// A statement the call needs (`let tokens = …;`).
    pub setup: Option<String>,
    /// The arguments, Rust.
    pub args: String,
    /// The builder chain on three lines (long arguments).
    pub multiline: bool,
    /// A statement using the client (`let client = client.with_token("…");`), with its
    /// comment line.
    pub then: Option<String>,
}

impl Example {
    fn new(args: impl Into<String>) -> Self {
        Example {
            args: args.into(),
            ..Example::default()
        }
    }
    fn comment(mut self, text: impl Into<String>) -> Self {
        self.comment = Some(text.into());
        self
    }
    fn multiline(mut self) -> Self {
        self.multiline = true;
        self
    }
}

/// The setup of every scheme of an API, in the order of `Api::security_schemes`.
pub fn scheme_setups(schemes: &[SecurityScheme]) -> Vec<SchemeSetup> {
    // `client_info` sets who is calling, once: on the first scheme whose structured
    // header has all four parts.
    let mut info_given = false;
    schemes
        .iter()
        .map(|s| {
            let mut setup = setup(s);
            if let SchemeKind::ApiKey {
                auth_params: Some(ap),
                ..
            } = &s.kind
            {
                if !info_given
                    && CLIENT_INFO
                        .iter()
                        .all(|p| ap.params.contains(&p.to_string()))
                {
                    info_given = true;
                    setup.methods.push(client_info(s, ap));
                }
            }
            setup
        })
        .collect()
}

/// `client_info(client, device, device_id, version)`: the four parts of `s`'s header that
/// say who is calling.
fn client_info(s: &SecurityScheme, ap: &AuthParamsSpec) -> BuilderMethod {
    let always = ap.always.iter().any(|p| p == "Client");
    let args = ["client", "device", "device_id", "version"];
    BuilderMethod {
        ident: "client_info".into(),
        doc: format!(
            "`Client`, `Device`, `DeviceId` and `Version` of the `{}` Authorization header: who is calling{}.",
            s.name,
            if always { " (sent on every request, authenticated or not)" } else { "" }
        ),
        params: args.iter().map(|a| (a.to_string(), "&str".to_string())).collect(),
        call: format!(
            "self{}",
            CLIENT_INFO
                .iter()
                .zip(args)
                .map(|(part, arg)| format!(".auth_param({}, {arg})", lit(part.to_string())))
                .collect::<String>()
        ),
        examples: vec![Example::new("\"my-app\", \"my-device\", \"device-id\", \"1.0\"").comment(
            if always {
                "Who is calling (`Client`, `Device`, `DeviceId`, `Version`), sent on every request, those without security too:"
            } else {
                "Who is calling (`Client`, `Device`, `DeviceId`, `Version`):"
            },
        )],
    }
}

/// The parts of a structured `Authorization` header that `client_info` sets.
const CLIENT_INFO: [&str; 4] = ["Client", "Device", "DeviceId", "Version"];

/// `text`, then the scheme's description after a blank line (an empty one when it has
/// none: the doc filter drops it).
fn with_description(text: String, s: &SecurityScheme) -> String {
    format!("{text}\n\n{}", s.description.as_deref().unwrap_or_default())
}

/// `self.credential("<scheme>", runtime::Credential::<constructor>)`.
fn credential(s: &SecurityScheme, constructor: String) -> String {
    format!(
        "self.credential({}, runtime::Credential::{constructor})",
        lit(s.name.clone())
    )
}

/// A token source, with the token URL the spec gives as its default.
fn token_source(var: &str, token_url: Option<&str>) -> String {
    match token_url {
        Some(url) => format!("token_source({var}.default_token_url({}))", lit(url.into())),
        None => format!("token_source({var})"),
    }
}

fn text_arg(name: &str) -> (String, String) {
    (name.into(), "impl Into<String>".into())
}

fn setup(s: &SecurityScheme) -> SchemeSetup {
    let name = &s.name;
    let derived = |d: Derived| s.derived.get(&d).cloned();
    let bearer_method = |ident: String, doc: String, example: Example| BuilderMethod {
        ident,
        doc,
        params: vec![text_arg("token")],
        call: credential(s, "bearer(token)".into()),
        examples: vec![example],
    };
    let mut methods = Vec::new();
    let (label, runtime_kind) = match &s.kind {
        SchemeKind::ApiKey {
            location,
            param,
            auth_params: Some(ap),
        } => {
            let shape = format!("{} {}=\"…\"", ap.scheme, ap.params.join("=\"…\", "));
            let mut example = Example::new(format!(
                "AuthParams::new(){}",
                ap.params
                    .iter()
                    .map(|p| format!(".set({}, \"…\")", lit(p.clone())))
                    .collect::<String>()
            ))
            .comment(format!(
                "The `{}` header: `{} {}=\"…\"`.",
                line(param.clone()),
                line(ap.scheme.clone()),
                line(ap.params.join("=\"…\", "))
            ))
            .multiline();
            if !ap.secret.is_empty() {
                example.then = Some(
                    "// After logging in: the same client with a token.\nlet client = client.with_token(\"…\");"
                        .into(),
                );
            }
            methods.push(BuilderMethod {
                ident: s.ident.clone(),
                doc: with_description(
                    format!("Credentials for `{name}`: the `{param}` header is sent as `{shape}`."),
                    s,
                ),
                params: vec![("params".into(), "runtime::AuthParams".into())],
                call: "self.auth_params(params)".into(),
                examples: vec![example],
            });
            let list = |l: &[String]| {
                l.iter()
                    .map(|p| lit(p.clone()))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            (
                format!(
                    "API key, `{}` in {}",
                    md_cell(param.clone()),
                    location.as_str()
                ),
                format!(
                    "runtime::SchemeKind::AuthParams {{ scheme: {}, header: {}, params: &[{}], always: &[{}], secret: &[{}] }}",
                    lit(ap.scheme.clone()),
                    lit(param.clone()),
                    list(&ap.params),
                    list(&ap.always),
                    list(&ap.secret)
                ),
            )
        }
        SchemeKind::ApiKey {
            location,
            param,
            auth_params: None,
        } => {
            methods.push(BuilderMethod {
                ident: s.ident.clone(),
                doc: with_description(
                    format!(
                        "API key for `{name}` (sent in the {} as `{param}`).",
                        location.as_str()
                    ),
                    s,
                ),
                params: vec![text_arg("key")],
                call: credential(s, "api_key(key)".into()),
                examples: vec![Example::new("\"your-api-key\"")],
            });
            let variant = match location {
                crate::ir::Location::Query => "ApiKeyQuery",
                crate::ir::Location::Cookie => "ApiKeyCookie",
                _ => "ApiKeyHeader",
            };
            (
                format!(
                    "API key, `{}` in {}",
                    md_cell(param.clone()),
                    location.as_str()
                ),
                format!("runtime::SchemeKind::{variant}({})", lit(param.clone())),
            )
        }
        SchemeKind::Http {
            scheme: HttpScheme::Basic,
            ..
        } => {
            methods.push(BuilderMethod {
                ident: s.ident.clone(),
                doc: with_description(format!("HTTP Basic credentials for `{name}`."), s),
                params: vec![text_arg("username"), text_arg("password")],
                call: credential(s, "basic(username, password)".into()),
                examples: vec![Example::new("\"username\", \"password\"")],
            });
            ("HTTP basic".into(), "runtime::SchemeKind::Basic".into())
        }
        SchemeKind::Http {
            scheme,
            bearer_format,
        } => {
            let format = bearer_format
                .as_deref()
                .filter(|f| !f.is_empty())
                .map(|f| format!(" ({f})"))
                .unwrap_or_default();
            methods.push(bearer_method(
                s.ident.clone(),
                with_description(format!("Bearer token for `{name}`{format}."), s),
                Example::new("\"token\""),
            ));
            if let Some(ident) = derived(Derived::Signed) {
                methods.push(BuilderMethod {
                    ident,
                    doc: format!(
                        "Sign `{}` JWTs (HS256, `kid` header) from a key id and secret instead of passing a token.",
                        line(name.clone())
                    ),
                    params: vec![
                        text_arg("key_id"),
                        text_arg("secret"),
                        ("scope".into(), "&str".into()),
                    ],
                    call: credential(
                        s,
                        "token_source(runtime::JwtSigner::new(key_id, secret, scope))"
                            .into(),
                    ),
                    examples: vec![Example::new("\"key-id\", \"secret\", \"app\"")
                        .comment("Or sign the JWTs here (HS256) from a key id and secret:")],
                });
            }
            (
                format!("HTTP {}", md_cell(scheme.as_str().to_string())),
                "runtime::SchemeKind::Bearer".into(),
            )
        }
        SchemeKind::OAuth2 { flows } => {
            oauth2_methods(s, flows, &mut methods, bearer_method);
            let token_url = first_token_url(flows);
            (
                "OAuth 2.0".into(),
                format!(
                    "runtime::SchemeKind::OAuth2 {{ token_url: {} }}",
                    token_url
                        .map(|u| format!("Some({})", lit(u.into())))
                        .unwrap_or_else(|| "None".into())
                ),
            )
        }
        SchemeKind::OpenIdConnect { .. } => {
            methods.push(bearer_method(
                s.ident.clone(),
                format!("Bearer token for `{name}`."),
                Example::new("\"token\""),
            ));
            (
                "OpenID Connect".into(),
                "runtime::SchemeKind::OAuth2 { token_url: None }".into(),
            )
        }
    };
    SchemeSetup {
        name: s.name.clone(),
        label,
        description: s.description.clone(),
        runtime_kind,
        methods,
    }
}

/// The first token URL of the scheme's flows: where refreshed tokens go by default.
fn first_token_url(flows: &[OAuthFlow]) -> Option<&str> {
    flows
        .iter()
        .filter_map(|f| f.token_url.as_deref())
        .find(|u| !u.is_empty())
}

/// An OAuth2 scheme's methods: one per flow the runtime drives (the first named after
/// the scheme), or a plain token when it drives none; then a token held already and,
/// unless an authorization-code flow has a method, tokens refreshed with their refresh
/// token.
fn oauth2_methods(
    s: &SecurityScheme,
    flows: &[OAuthFlow],
    methods: &mut Vec<BuilderMethod>,
    bearer_method: impl Fn(String, String, Example) -> BuilderMethod,
) {
    let name = &s.name;
    let mut driven = false;
    for f in flows {
        let Some(ident) = f.method.clone() else {
            continue;
        };
        driven = true;
        let url = f.token_url.as_deref().filter(|u| !u.is_empty());
        let shown = url.unwrap_or("the token URL");
        methods.push(match f.flow {
            FlowKind::ClientCredentials => BuilderMethod {
                ident,
                doc: with_description(
                    format!("OAuth2 client credentials for `{name}`: tokens are fetched from {shown}, cached and refreshed before they expire."),
                    s,
                ),
                params: vec![("credentials".into(), "runtime::ClientCredentials".into())],
                call: credential(s, token_source("credentials", url)),
                examples: vec![
                    Example::new(format!(
                        "ClientCredentials::new(\"client-id\", \"client-secret\"){}",
                        f.scopes
                            .first()
                            .map(|(scope, _)| format!(".scopes([{}])", lit(scope.clone())))
                            .unwrap_or_default()
                    ))
                    .comment(format!(
                        "Client credentials: tokens fetched from {}, cached and refreshed before expiry.",
                        line(shown.into())
                    ))
                    .multiline(),
                    Example::new("ClientCredentials::new(\"client-id\", \"client-secret\").token_url(\"http://127.0.0.1:8080/token\")")
                        .comment("The same against another token endpoint (a test server, another environment):")
                        .multiline(),
                ],
            },
            _ => BuilderMethod {
                ident,
                doc: with_description(
                    format!("OAuth2 authorization-code tokens for `{name}`: refreshed at {shown} when they expire or are refused; `RefreshingToken::on_refresh` sees each new token set."),
                    s,
                ),
                params: vec![("tokens".into(), "runtime::RefreshingToken".into())],
                call: credential(s, token_source("tokens", url)),
                examples: vec![Example {
                    setup: Some("let tokens = TokenSet::new(\"access-token\").refresh_token(\"refresh-token\").expires_in(1800);".into()),
                    ..Example::new("RefreshingToken::new(\"client-id\", \"client-secret\", tokens).on_refresh(|new| println!(\"save {} and {:?}\", new.access_token, new.refresh_token))")
                        .comment(format!(
                            "Authorization-code tokens you obtained, refreshed at {} when they expire or are refused.",
                            line(shown.into())
                        ))
                        .multiline()
                }],
            },
        });
    }
    if !driven {
        methods.push(bearer_method(
            s.ident.clone(),
            with_description(format!("OAuth2 access token for `{name}`, sent as a bearer token (obtain it yourself: this client drives only the client-credentials and authorization-code flows)."), s),
            Example::new("\"access-token\"").comment("An access token you obtained yourself:"),
        ));
    }
    if let Some(ident) = s.derived.get(&Derived::Bearer) {
        methods.push(bearer_method(
            ident.clone(),
            format!("An access token for `{name}` you already hold (issued elsewhere, e.g. for a linked user), sent as a bearer token and never refreshed. For tokens that should be refreshed, see the scheme's other methods."),
            Example::new("\"access-token\"").comment("A token you already hold (issued elsewhere), sent as is:"),
        ));
    }
    if let Some(ident) = s.derived.get(&Derived::Refreshing) {
        let url = first_token_url(flows);
        methods.push(BuilderMethod {
            ident: ident.clone(),
            doc: format!(
                "Tokens for `{name}` you already hold, refreshed with their refresh token at {} when they expire or are refused; `RefreshingToken::on_refresh` sees each new set.",
                url.unwrap_or("the token URL set on them")
            ),
            params: vec![("tokens".into(), "runtime::RefreshingToken".into())],
            call: credential(s, token_source("tokens", url)),
            examples: vec![Example::new("RefreshingToken::new(\"client-id\", \"client-secret\", TokenSet::new(\"access-token\").refresh_token(\"refresh-token\"))")
                .comment("Tokens you already hold, refreshed with their refresh token:")
                .multiline()],
        });
    }
}
