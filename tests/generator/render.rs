//! Stage 3: rendered code parses, is stable, and spec text cannot inject code.

use std::path::PathBuf;

use clientgen::render::Layout;
use clientgen::Templates;

use crate::{fixture, templates};

/// A spec's IR and the files `render_api_raw` writes for it (path, text).
struct Rendered {
    api: clientgen::ir::Api,
    files: Vec<(PathBuf, String)>,
}

impl Rendered {
    /// The text of the file whose path ends with `name` (`lib.rs`, `mock.rs`, `README.md`).
    fn file(&self, name: &str) -> &str {
        self.files
            .iter()
            .find(|(p, _)| p.ends_with(name))
            .map(|(_, text)| text.as_str())
            .unwrap_or_else(|| panic!("no {name}"))
    }
}

/// `doc`, the spec `<stem>.yaml`, lowered and rendered with `templates`: as a standalone
/// crate (`Layout::Standalone`, module path `stem`) or as the workspace crate's module
/// `crate::<stem>` (`Layout::Workspace`).
fn render(
    doc: &clientgen::load::Document,
    stem: &str,
    templates: &Templates,
    layout: Layout,
) -> Rendered {
    let api = clientgen::ir::lower(doc, stem).unwrap_or_else(|e| panic!("{e}"));
    let module = match layout {
        Layout::Workspace => format!("crate::{stem}"),
        Layout::Standalone => stem.to_string(),
    };
    let files = clientgen::render::render_api_raw(
        templates,
        &api,
        &format!("{stem}.yaml"),
        layout,
        &module,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    Rendered { api, files }
}

/// The YAML text `spec`, as the file `<stem>.yaml`, rendered as a standalone crate with the
/// built-in templates.
fn render_yaml(stem: &str, spec: &str) -> Rendered {
    let path = PathBuf::from(format!("{stem}.yaml"));
    let doc = clientgen::load::load_str(&path, spec.into()).unwrap_or_else(|e| panic!("{e}"));
    render(&doc, stem, &Templates::builtin(), Layout::Standalone)
}

/// The methods of a module's own `impl ClientBuilder` blocks (the schemes'), in order.
fn builder_methods(module: &syn::File) -> Vec<String> {
    let mut methods = Vec::new();
    for item in &module.items {
        if let syn::Item::Impl(i) = item {
            let syn::Type::Path(p) = &*i.self_ty else {
                continue;
            };
            if i.trait_.is_none() && p.path.is_ident("ClientBuilder") {
                for it in &i.items {
                    if let syn::ImplItem::Fn(f) = it {
                        methods.push(f.sig.ident.to_string());
                    }
                }
            }
        }
    }
    methods
}

#[test]
fn generation_is_deterministic_and_matches_committed_output() {
    let specs = crate::root().join("specs");
    let a = clientgen::workspace_files(&specs, &templates()).unwrap();
    let b = clientgen::workspace_files(&specs, &templates()).unwrap();
    assert_eq!(a, b, "same input, same bytes");
    let drift = clientgen::drift(&crate::root().join("generated"), &a).unwrap();
    assert!(
        drift.is_empty(),
        "generated/ is stale: {:?}",
        drift.iter().map(|d| &d.path).collect::<Vec<_>>()
    );
}

#[test]
fn hostile_spec_text_stays_in_docs() {
    let files = clientgen::crate_files(
        &fixture("kitchen_sink.yaml"),
        &clientgen::Templates::builtin(),
        None,
    )
    .unwrap();
    for (path, text) in &files {
        if path.extension().is_some_and(|e| e == "rs") {
            let file = syn::parse_file(text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let names: Vec<String> = file
                .items
                .iter()
                .filter_map(|i| match i {
                    syn::Item::Fn(f) => Some(f.sig.ident.to_string()),
                    _ => None,
                })
                .collect();
            assert!(
                !names.iter().any(|n| n == "injected" || n == "evil"),
                "{}: {names:?}",
                path.display()
            );
            // Fenced code from the spec is marked as text so it never becomes a doctest.
            assert!(!text.contains("/// ```rust"), "{}", path.display());
        }
    }
    let lib = &files[std::path::Path::new("src/lib.rs")];
    assert!(
        lib.contains("//! ```text"),
        "spec code fences are kept as text blocks"
    );
}

/// The error names the file, the line and the text of that line. In this template each
/// line renders to one line (no block tags), so the line is the template's too.
#[test]
fn a_template_that_emits_broken_rust_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    crate::copy_dir(&crate::root().join("templates"), dir.path());
    std::fs::write(
        dir.path().join("types.rs.j2"),
        "// {{ api.title }}\npub struct Fine;\n\npub struct {\npub struct AlsoFine;\n",
    )
    .unwrap();
    let t = clientgen::Templates::from_dir(dir.path()).unwrap();
    let err = clientgen::crate_files(&fixture("kitchen_sink.yaml"), &t, None).unwrap_err();
    let clientgen::Error::Render { what, message } = &err else {
        panic!("expected a render error, got {err:?}");
    };
    assert_eq!(what, "types.rs (kitchen_sink.yaml)");
    // Line 4, `pub struct {`; the column is syn's, counted from 0 (the `{`).
    assert_eq!(
        message,
        "generated code does not parse at 4:11: cannot parse string into token stream\n  | pub struct {"
    );
}

/// A description holding code (`};`, `{}` and a lone `}` ending its lines, a fence) stays one
/// doc block, line for line: the formatter's blank line after an item end must never land
/// inside a comment (clippy's `empty_line_after_doc_comments`, and the documentation would
/// change). The fence is kept as a `text` block. Compiled clippy-clean in
/// `build_rs::kitchen_sink_crate_builds_clippy_clean`.
#[test]
fn doc_comments_are_never_split_whatever_the_text_holds() {
    let files = clientgen::crate_files(
        &fixture("kitchen_sink.yaml"),
        &clientgen::Templates::builtin(),
        None,
    )
    .unwrap();
    let types = &files[std::path::Path::new("src/types.rs")];
    let want = "    /// A code sample, as vendors paste them into descriptions:\n    ///\n    /// ```text\n    /// let s = Snippet { text: None };\n    /// ```\n    ///\n    /// let t = Snippet { text: None };\n    /// impl Snippet {}\n    /// }\n    ///\n    /// Schema: `#/components/schemas/Snippet`\n    pub struct Snippet";
    assert!(types.contains(want), "the Snippet docs:\n{types}");
    for (path, text) in &files {
        let lines: Vec<&str> = text.lines().collect();
        for pair in lines.windows(2) {
            assert!(
                !(pair[0].trim_start().starts_with("///") && pair[1].trim().is_empty()),
                "{}: a blank line after the doc line {:?}",
                path.display(),
                pair[0]
            );
        }
    }
}

/// An operation whose only response is `default` (a success: no other status) decodes
/// whatever comes back: no `match` with a single `_` arm (clippy's `match_single_binding`).
#[test]
fn a_lone_default_response_needs_no_match() {
    let files = clientgen::crate_files(
        &fixture("kitchen_sink.yaml"),
        &clientgen::Templates::builtin(),
        None,
    )
    .unwrap();
    let lib = &files[std::path::Path::new("src/lib.rs")];
    let send = lib
        .split("impl<'a> Ping<'a> {")
        .nth(1)
        .and_then(|rest| {
            rest.split("impl<'a> std::future::IntoFuture for Ping<'a>")
                .next()
        })
        .expect("the Ping builder");
    assert!(
        send.contains(
            "    ) -> Result<ResponseValue<types::Snippet>, Error<PingError>> {\n        raw.json()\n    }\n}\n"
        ),
        "{send}"
    );
    assert!(!send.contains("match raw.status"), "{send}");
}

/// Security schemes whose names meet the methods other schemes derive (`<scheme>_bearer`,
/// `<scheme>_refreshing`, `<scheme>_signed`, a flow's `<scheme>_<flow>`) and the
/// generated builder's own methods (`timeout`, `build`): every `ClientBuilder` method of
/// the rendered module is defined once.
#[test]
fn scheme_builder_methods_never_collide() {
    let spec = r#"
openapi: 3.0.3
info: {title: Collide, version: '1'}
paths: {}
components:
  securitySchemes:
    api:
      type: oauth2
      flows:
        implicit: {authorizationUrl: 'https://a.example/auth', scopes: {}}
        clientCredentials: {tokenUrl: 'https://a.example/token', scopes: {}}
    api_bearer: {type: http, scheme: bearer}
    api_refreshing: {type: apiKey, in: header, name: X-Key}
    api_client_credentials: {type: http, scheme: basic}
    jwt: {type: http, scheme: bearer, bearerFormat: JWT}
    jwt_signed: {type: apiKey, in: query, name: key}
    timeout: {type: http, scheme: bearer}
    build: {type: http, scheme: bearer, bearerFormat: JWT}
"#;
    let rendered = render_yaml("collide", spec);
    let (api, lib) = (&rendered.api, rendered.file("lib.rs"));
    let file = syn::parse_file(lib).unwrap_or_else(|e| panic!("{e}"));
    let mut methods = builder_methods(&file);
    // The builder's own methods come from the runtime's `client_builder!` macro.
    if lib.contains("crate::runtime::client_builder!") {
        let runtime = std::fs::read_to_string(crate::root().join("runtime/src/client.rs")).unwrap();
        let body = &runtime[runtime
            .find("macro_rules! __client_builder")
            .expect("the runtime defines client_builder!")..];
        let body = &body[..body.find("\n}\n").expect("the macro ends")];
        methods.extend(
            body.split("pub fn ")
                .skip(1)
                .filter_map(|rest| rest.split(['(', '<']).next())
                .map(str::to_string),
        );
    }
    assert!(methods.len() > 20, "ClientBuilder's methods: {methods:?}");
    let mut seen = std::collections::BTreeSet::new();
    let twice: Vec<&String> = methods.iter().filter(|m| !seen.insert(*m)).collect();
    assert!(
        twice.is_empty(),
        "defined twice on ClientBuilder: {twice:?}"
    );
    // What no scheme claimed is the builder's own: reserved, so no scheme can take it.
    let mut claimed: Vec<&str> = Vec::new();
    for s in &api.security_schemes {
        claimed.push(&s.ident);
        claimed.extend(s.derived.values().map(String::as_str));
        if let clientgen::ir::SchemeKind::OAuth2 { flows } = &s.kind {
            claimed.extend(flows.iter().filter_map(|f| f.method.as_deref()));
        }
    }
    let reserved = clientgen::ir::reserved::reserved(clientgen::ir::reserved::Scope::ClientBuilder);
    let unreserved: Vec<&String> = methods
        .iter()
        .filter(|m| !claimed.contains(&m.as_str()) && !reserved.contains(&m.as_str()))
        .collect();
    assert!(
        unreserved.is_empty(),
        "ClientBuilder methods of the template a scheme could collide with: add them to \
         ir::reserved::RESERVED as Scope::ClientBuilder: {unreserved:?}"
    );
}

/// Parameters named like the mock expectation's own methods (`body`, `times`, its answers):
/// every method of each generated expectation is defined once. An expectation is an
/// `expectation!` invocation: its methods are the matchers it declares (`=> name: Type`), a
/// JSON body's `body`, its answers (`fn respond_…`), and what the runtime's macro adds to
/// every expectation (read from the macro itself, so a method added there is checked too).
#[test]
fn mock_expectation_methods_never_collide() {
    let spec = r#"
openapi: 3.0.3
info: {title: Collide, version: '1'}
paths:
  /things/{times}:
    put:
      operationId: putThing
      parameters:
        - {name: times, in: path, required: true, schema: {type: integer}}
        - {name: body, in: query, schema: {type: string}}
        - {name: respond_status, in: query, schema: {type: string}}
        - {name: respond_default, in: header, schema: {type: string}}
      requestBody:
        content: {application/json: {schema: {type: string}}}
      responses:
        "200": {description: A thing, content: {application/json: {schema: {type: string}}}}
        default: {description: An error, content: {application/json: {schema: {type: string}}}}
"#;
    let rendered = render_yaml("collide", spec);
    let mock = rendered.file("mock.rs");
    // The methods `expectation!` writes into every expectation: `pub fn name(self` with a
    // literal name in the macro's definition (`body` only for a JSON body, counted below).
    let runtime = include_str!("../../runtime/src/mock.rs");
    let definition = runtime
        .split("macro_rules! __mock_expectation")
        .nth(1)
        .expect("the runtime defines expectation!");
    let own: Vec<&str> = definition
        .split("pub fn ")
        .chain(definition.split("pub async fn "))
        .skip(1)
        .filter_map(|rest| rest.split_once("(self").map(|(name, _)| name))
        .filter(|name| !name.starts_with('$') && *name != "body")
        .collect();
    assert!(
        own.contains(&"times") && own.contains(&"respond_status"),
        "{own:?}"
    );
    let file = syn::parse_file(mock).unwrap_or_else(|e| panic!("{e}\n{mock}"));
    let mut checked = 0;
    for item in &file.items {
        let syn::Item::Macro(m) = item else { continue };
        if m.mac.path.segments.last().map(|s| s.ident.to_string()) != Some("expectation".into()) {
            continue;
        }
        // The invocation's tokens, one space apart (`=> limit : i32 ;`).
        let tokens = m.mac.tokens.to_string();
        let words: Vec<&str> = tokens.split_whitespace().collect();
        let mut names: Vec<String> = own.iter().map(|n| n.to_string()).collect();
        for (i, w) in words.iter().enumerate() {
            let next = |k: usize| words.get(i + k).copied().unwrap_or_default();
            match *w {
                // `=> name : Type` (a parameter's matcher).
                "=>" if next(2) == ":" => names.push(next(1).to_string()),
                // `fn respond_… (` (an answer; `fn MockServer :: expect_…` is the server's).
                "fn" if next(2) != "::" => names.push(next(1).to_string()),
                // `body required : Type ;` (a JSON body's matcher).
                "body" if next(2) == ":" => names.push("body".into()),
                _ => {}
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for name in names {
            let bare = name.trim_start_matches("r#").to_string();
            assert!(seen.insert(bare), "`{name}` defined twice:\n{mock}");
            checked += 1;
        }
    }
    // times, respond_status, four matchers, body, two answers.
    assert_eq!(checked, 9, "the expectation's methods were read:\n{mock}");
}

/// The mock module is written as rustfmt leaves it (its invocations are brace-delimited
/// macro bodies, which rustfmt keeps as written): the templates' output for every spec of
/// the workspace and of the golden crate is already formatted, so generating it needs no
/// formatter.
#[test]
fn mock_modules_need_no_formatting() {
    let mut specs: Vec<std::path::PathBuf> = Vec::new();
    for dir in [
        crate::root().join("specs"),
        crate::root().join("tests/golden/specs"),
    ] {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "yaml")
                && !path.to_string_lossy().ends_with(".overlay.yaml")
            {
                specs.push(path);
            }
        }
    }
    specs.sort();
    assert!(specs.len() > 20, "{specs:?}");
    for path in specs {
        let doc = clientgen::load::load_file(&path).unwrap_or_else(|e| panic!("{e}"));
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let rendered = render(&doc, &stem, &templates(), Layout::Workspace);
        let raw = rendered.file("mock.rs");
        let formatted = clientgen::render::rustfmt(raw).expect("rustfmt is installed");
        assert!(
            *raw == formatted,
            "{}: rustfmt changes the mock module:\n{}",
            path.display(),
            similar_diff(raw, &formatted)
        );
        assert_eq!(
            clientgen::render::format_rust(raw, "mock.rs").unwrap(),
            *raw,
            "{}: the generator's formatting changes the mock module",
            path.display()
        );
        assert!(
            raw.lines()
                .skip(4)
                .all(|l| l.starts_with("    ///") || l.len() <= 100),
            "{}: a code line of the mock module is over 100 columns:\n{raw}",
            path.display()
        );
    }
}

/// The lines of `a` and `b` that differ, for a failure message.
fn similar_diff(a: &str, b: &str) -> String {
    a.lines()
        .zip(b.lines())
        .filter(|(x, y)| x != y)
        .take(10)
        .map(|(x, y)| format!("- {x}\n+ {y}\n"))
        .collect()
}

/// The README's authorization section and the generated `ClientBuilder` come from one
/// description of each scheme's methods (`render/auth.rs`): for a spec with every scheme
/// kind (API keys in each place, a structured `Authorization` header with client info,
/// HTTP basic, bearer, JWT bearer and another HTTP scheme, OAuth2 with driven flows and
/// with none, OpenID Connect), every method the README calls on `Client::builder()` is
/// defined on the builder, and every method the schemes add to the builder is shown.
#[test]
fn readme_auth_section_and_builder_name_the_same_methods() {
    let spec = r#"
openapi: 3.0.3
info: {title: Every scheme, version: '1'}
paths: {}
components:
  securitySchemes:
    headerKey: {type: apiKey, in: header, name: X-Key}
    queryKey: {type: apiKey, in: query, name: key}
    cookieKey: {type: apiKey, in: cookie, name: session}
    structured:
      type: apiKey
      in: header
      name: Authorization
      x-authorization-params:
        scheme: MediaBrowser
        params: [Client, Device, DeviceId, Version, Token]
        always: [Client, Device, DeviceId, Version]
        secret: [Token]
    basic: {type: http, scheme: basic}
    bearer: {type: http, scheme: bearer}
    jwt: {type: http, scheme: bearer, bearerFormat: JWT}
    digest: {type: http, scheme: digest}
    driven:
      type: oauth2
      flows:
        implicit: {authorizationUrl: 'https://a.example/auth', scopes: {}}
        clientCredentials: {tokenUrl: 'https://a.example/token', scopes: {read: Read.}}
        authorizationCode:
          authorizationUrl: 'https://a.example/auth'
          tokenUrl: 'https://a.example/token'
          scopes: {}
    implicitOnly:
      type: oauth2
      flows:
        implicit: {authorizationUrl: 'https://b.example/auth', scopes: {}}
    oidc: {type: openIdConnect, openIdConnectUrl: 'https://c.example/.well-known/openid-configuration'}
"#;
    let rendered = render_yaml("every", spec);
    // The methods of the module's own `impl ClientBuilder` blocks: the schemes'.
    let lib = syn::parse_file(rendered.file("lib.rs")).unwrap_or_else(|e| panic!("{e}"));
    let builder: std::collections::BTreeSet<String> = builder_methods(&lib).into_iter().collect();
    // The methods the README's authorization section calls on `Client::builder()`.
    let readme = rendered.file("README.md");
    let start = readme
        .find("## Authorization")
        .expect("the README has an authorization section");
    let section = &readme[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |e| e + 3)];
    let shown: std::collections::BTreeSet<String> = section
        .split("Client::builder()")
        .skip(1)
        .map(|rest| {
            rest.trim_start()
                .trim_start_matches('.')
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        })
        .collect();
    // Every kind is there: API keys, client info, basic, bearer, a signed JWT, OAuth2's
    // flows, held and refreshed tokens, a plain OAuth2 token, OpenID Connect.
    for method in [
        "header_key",
        "structured",
        "client_info",
        "basic",
        "digest",
        "jwt_signed",
        "driven",
        "driven_authorization_code",
        "driven_bearer",
        "implicit_only",
        "implicit_only_refreshing",
        "oidc",
    ] {
        assert!(
            builder.contains(method),
            "`{method}` on the builder: {builder:?}"
        );
    }
    assert_eq!(
        shown, builder,
        "the README's authorization section (left) and the builder's scheme methods (right)"
    );
}
