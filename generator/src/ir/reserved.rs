//! The names generated code cannot give to what a spec names, because the runtime or the
//! templates already use them: one table, read by every namespace that claims names.
//! A test below reads the runtime's sources and fails when a public method of the
//! runtime's `ClientBuilder` (or of the `FromCore` trait every `Client` implements) is
//! missing here, so a new runtime method cannot silently collide with a spec's name.

/// Where a reserved name would collide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The service module's root: the client, request builders, error and success enums,
    /// header structs, and what the module re-exports from the runtime.
    Root,
    /// Methods of the generated `Client` (one per operation).
    ClientMethod,
    /// Methods and fields of every request builder (optional parameters' setters,
    /// multipart parts).
    RequestBuilder,
    /// Methods of the runtime's `ClientBuilder` (one per security scheme and flow).
    ClientBuilder,
    /// Names in the `types` module that generated code uses unqualified.
    Types,
    /// Fields every generated struct may have.
    StructField,
}

/// A `ClientBuilder` method a security scheme adds beside the one named after it:
/// `<scheme>_<suffix>`. Claimed in the builder's namespace like the scheme's own (so a
/// scheme named `api_bearer` beside an OAuth2 scheme `api` gets another name), never
/// spelled by a template. Which kinds add which: [`SchemeKind::derived`].
///
/// [`SchemeKind::derived`]: super::SchemeKind::derived
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Derived {
    /// An access token held already, sent as a bearer token (OAuth2).
    Bearer,
    /// Tokens refreshed with their refresh token (OAuth2).
    Refreshing,
    /// JWTs signed from a key id and secret (an HTTP bearer scheme of format JWT).
    Signed,
}

impl Derived {
    /// What follows the scheme's name in the method's name.
    pub fn suffix(self) -> &'static str {
        match self {
            Derived::Bearer => "bearer",
            Derived::Refreshing => "refreshing",
            Derived::Signed => "signed",
        }
    }
}

/// Every reserved name, with its scope.
pub const RESERVED: &[(Scope, &str)] = &[
    // The module root (client.rs.j2): its items and its `pub use crate::runtime::{..}`.
    (Scope::Root, "Client"),
    (Scope::Root, "ClientBuilder"),
    (Scope::Root, "types"),
    (Scope::Root, "runtime"),
    (Scope::Root, "API"),
    (Scope::Root, "Credential"),
    (Scope::Root, "Error"),
    (Scope::Root, "ResponseValue"),
    (Scope::Root, "SERVERS"),
    (Scope::Root, "SECURITY_SCHEMES"),
    // `Client` (client.rs.j2), the runtime's `FromCore`, and derived traits.
    (Scope::ClientMethod, "new"),
    (Scope::ClientMethod, "builder"),
    (Scope::ClientMethod, "base_url"),
    (Scope::ClientMethod, "with_credential"),
    (Scope::ClientMethod, "with_token"),
    (Scope::ClientMethod, "core"),
    (Scope::ClientMethod, "from_core"),
    (Scope::ClientMethod, "clone"),
    (Scope::ClientMethod, "fmt"),
    // Request builders (operation.rs.j2): methods, then fields.
    (Scope::RequestBuilder, "send"),
    (Scope::RequestBuilder, "timeout"),
    (Scope::RequestBuilder, "header"),
    (Scope::RequestBuilder, "into_future"),
    (Scope::RequestBuilder, "body"),
    (Scope::RequestBuilder, "new"),
    (Scope::RequestBuilder, "client"),
    (Scope::RequestBuilder, "options"),
    // Streamed and paged operations' builders (operation.rs.j2).
    (Scope::RequestBuilder, "send_stream"),
    (Scope::RequestBuilder, "into_request"),
    (Scope::RequestBuilder, "decode"),
    (Scope::RequestBuilder, "pages"),
    (Scope::RequestBuilder, "items"),
    (Scope::RequestBuilder, "events"),
    (Scope::RequestBuilder, "json_lines"),
    // The mock server's expectations (the runtime's `mock::expectation!`) name a matcher
    // after each parameter, beside their own `body`, `times` and answers.
    (Scope::RequestBuilder, "times"),
    (Scope::RequestBuilder, "respond_status"),
    (Scope::RequestBuilder, "respond_default"),
    // The runtime's `ClientBuilder<C>` (checked against its source below), what
    // client.rs.j2 adds to it, and derived traits.
    (Scope::ClientBuilder, "new"),
    (Scope::ClientBuilder, "base_url"),
    (Scope::ClientBuilder, "server"),
    (Scope::ClientBuilder, "all_servers"),
    (Scope::ClientBuilder, "server_variable"),
    (Scope::ClientBuilder, "credential"),
    (Scope::ClientBuilder, "auth_params"),
    (Scope::ClientBuilder, "auth_param"),
    (Scope::ClientBuilder, "client_info"),
    (Scope::ClientBuilder, "retry"),
    (Scope::ClientBuilder, "no_retries"),
    (Scope::ClientBuilder, "timeout"),
    (Scope::ClientBuilder, "connect_timeout"),
    (Scope::ClientBuilder, "user_agent"),
    (Scope::ClientBuilder, "hook"),
    (Scope::ClientBuilder, "async_hook"),
    (Scope::ClientBuilder, "middleware"),
    (Scope::ClientBuilder, "http_client"),
    (Scope::ClientBuilder, "build"),
    (Scope::ClientBuilder, "build_or_default"),
    (Scope::ClientBuilder, "fmt"),
    (Scope::ClientBuilder, "clone"),
    // types.rs.j2 uses these unqualified.
    (Scope::Types, "Option"),
    (Scope::Types, "Some"),
    (Scope::Types, "None"),
    (Scope::Types, "Result"),
    (Scope::Types, "Ok"),
    (Scope::Types, "Err"),
    (Scope::Types, "String"),
    (Scope::Types, "Vec"),
    (Scope::Types, "Box"),
    (Scope::Types, "Default"),
    (Scope::Types, "Clone"),
    (Scope::Types, "Debug"),
    (Scope::Types, "PartialEq"),
    (Scope::Types, "Serialize"),
    (Scope::Types, "Deserialize"),
    (Scope::Types, "Deserializer"),
    (Scope::Types, "Serializer"),
    (Scope::Types, "Display"),
    (Scope::Types, "FromStr"),
    (Scope::Types, "Self_"),
    // The flattened map of `additionalProperties`.
    (Scope::StructField, "additional_properties"),
];

/// The names reserved in `scope`.
pub fn reserved(scope: Scope) -> Vec<&'static str> {
    RESERVED
        .iter()
        .filter(|(s, _)| *s == scope)
        .map(|(_, n)| *n)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{reserved, Scope};

    /// Public methods of `impl … ClientBuilder<…>` blocks, and the methods of the
    /// `FromCore` trait, in the runtime's sources.
    fn runtime_api() -> (Vec<String>, Vec<String>) {
        let mut builder = Vec::new();
        let mut from_core = Vec::new();
        // The runtime crate's sources as the generator embeds them (a test in
        // `crate::runtime` holds that list to every file of runtime/src).
        for (path, text) in crate::runtime::SOURCES {
            let file = syn::parse_file(text).unwrap_or_else(|e| panic!("{path}: {e}"));
            let mut items = file.items;
            while let Some(item) = items.pop() {
                match item {
                    syn::Item::Mod(m) => items.extend(m.content.map(|c| c.1).unwrap_or_default()),
                    syn::Item::Impl(i) if i.trait_.is_none() => {
                        let syn::Type::Path(p) = &*i.self_ty else {
                            continue;
                        };
                        if p.path
                            .segments
                            .last()
                            .is_some_and(|s| s.ident == "ClientBuilder")
                        {
                            for it in &i.items {
                                if let syn::ImplItem::Fn(f) = it {
                                    if matches!(f.vis, syn::Visibility::Public(_)) {
                                        builder.push(f.sig.ident.to_string());
                                    }
                                }
                            }
                        }
                    }
                    syn::Item::Trait(t) if t.ident == "FromCore" => {
                        for it in &t.items {
                            if let syn::TraitItem::Fn(f) = it {
                                from_core.push(f.sig.ident.to_string());
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        (builder, from_core)
    }

    #[test]
    fn every_runtime_client_builder_method_is_reserved() {
        let (builder, from_core) = runtime_api();
        assert!(
            builder.len() >= 10,
            "the runtime's ClientBuilder methods were not found: {builder:?}"
        );
        let reserved_builder = reserved(Scope::ClientBuilder);
        let missing: Vec<&String> = builder
            .iter()
            .filter(|m| !reserved_builder.contains(&m.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "runtime ClientBuilder methods a security scheme's method could collide with: \
             add them to ir::reserved::RESERVED as Scope::ClientBuilder: {missing:?}"
        );
        let reserved_client = reserved(Scope::ClientMethod);
        assert!(!from_core.is_empty(), "the FromCore trait was not found");
        let missing: Vec<&String> = from_core
            .iter()
            .filter(|m| !reserved_client.contains(&m.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "FromCore methods an operation's method could collide with: add them to \
             ir::reserved::RESERVED as Scope::ClientMethod: {missing:?}"
        );
    }

    /// What client.rs.j2 re-exports from the runtime is reserved at the module root.
    #[test]
    fn runtime_reexports_are_reserved_at_the_root() {
        let client = include_str!("../../../templates/client.rs.j2");
        let line = client
            .lines()
            .find(|l| l.starts_with("pub use crate::runtime::{"))
            .unwrap_or_else(|| panic!("client.rs.j2 re-exports from the runtime"));
        let names = line
            .trim_start_matches("pub use crate::runtime::{")
            .trim_end_matches("};")
            .split(',')
            .map(str::trim);
        let root = reserved(Scope::Root);
        for name in names {
            assert!(root.contains(&name), "`{name}` is not reserved at the root");
        }
    }
}
