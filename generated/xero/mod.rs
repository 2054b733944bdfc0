//! Xero OAuth 2 Identity Service API client (version 16.1.0)
//!
//! These endpoints are related to managing authentication tokens and identity for Xero API
pub mod types;
pub use crate::runtime::{Credential, Error, ResponseValue};
/// The spec's servers and security schemes, for the runtime.
pub static API: crate::runtime::ApiSpec = crate::runtime::ApiSpec {
    name: "xero",
    default_server: "https://api.xero.com",
    server_variables: &[],
    schemes: &[crate::runtime::SchemeSpec {
        name: "OAuth2",
        kind: crate::runtime::SchemeKind::OAuth2 {
            token_url: Some("https://identity.xero.com/connect/token"),
        },
    }],
};
/// Client for Xero OAuth 2 Identity Service API.
///
/// Cheap to clone: clones share one connection pool and configuration.
#[derive(Clone, Debug)]
pub struct Client {
    core: std::sync::Arc<crate::runtime::Core>,
}
/// Configures a [`Client`]: base URL, credentials, retries, timeouts, hooks.
pub type ClientBuilder = crate::runtime::ClientBuilder<Client>;
impl crate::runtime::FromCore for Client {
    fn from_core(core: std::sync::Arc<crate::runtime::Core>) -> Self {
        Client { core }
    }
    fn core(&self) -> &std::sync::Arc<crate::runtime::Core> {
        &self.core
    }
}
impl Client {
    /// A client for `base_url` with default settings.
    ///
    /// Falls back to reqwest's default HTTP client if the configured one cannot be built.
    pub fn new(base_url: impl Into<String>) -> Self {
        Self::builder().base_url(base_url).build_or_default()
    }
    /// A builder starting from the spec's defaults (server https://api.xero.com).
    pub fn builder() -> ClientBuilder {
        crate::runtime::ClientBuilder::new(&API)
    }
    /// The base URL requests go to.
    pub fn base_url(&self) -> String {
        self.core.base_url()
    }
    /// A copy of this client with credentials for `scheme` replaced.
    pub fn with_credential(&self, scheme: &str, credential: Credential) -> Self {
        Client {
            core: std::sync::Arc::new(self.core.with_credential(scheme, credential)),
        }
    }
    /// Retrieves the connections for this user
    ///
    /// Override the base server url that include version
    ///
    /// `GET /Connections`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn get_connections(&self) -> GetConnections<'_> {
        GetConnections {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            auth_event_id: None,
        }
    }
    /// Deletes a connection for this user (i.e. disconnect a tenant)
    ///
    /// Override the base server url that include version
    ///
    /// `DELETE /Connections/{id}`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn delete_connection(&self, id: uuid::Uuid) -> DeleteConnection<'_> {
        DeleteConnection {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            id,
        }
    }
}
impl ClientBuilder {
    /// OAuth2 authorization-code tokens for `OAuth2`: refreshed at https://identity.xero.com/connect/token when they expire or are refused; `RefreshingToken::on_refresh` sees each new token set.
    ///
    /// Xero OAuth 2.0 authorization code flow. Access tokens expire after 30 minutes; request the offline_access scope to receive a refresh token and exchange it at the token URL (grant_type=refresh_token) for a new access token.
    pub fn o_auth2(self, tokens: crate::runtime::RefreshingToken) -> Self {
        self.credential(
            "OAuth2",
            crate::runtime::Credential::token_source(
                tokens.default_token_url("https://identity.xero.com/connect/token"),
            ),
        )
    }
}
/// Request builder for [`Client::get_connections`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetConnections<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    auth_event_id: Option<uuid::Uuid>,
}
impl<'a> GetConnections<'a> {
    /// Filter by authEventId
    pub fn auth_event_id(mut self, value: uuid::Uuid) -> Self {
        self.auth_event_id = Some(value);
        self
    }
    /// Time limit for this request (each attempt), overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// An extra header for this request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<ResponseValue<Vec<types::Connection>>, Error<GetConnectionsError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "getConnections",
            method: "GET",
            path: "/Connections",
            security: &[&["OAuth2"]],
            servers: &["https://api.xero.com"],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        if let Some(value) = &self.auth_event_id {
            request.query("authEventId", value, crate::runtime::QueryStyle::Form, true);
        }
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: Vec<types::Connection> = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for GetConnections<'a> {
    type Output = Result<ResponseValue<Vec<types::Connection>>, Error<GetConnectionsError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::get_connections`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectionsError {}
/// Request builder for [`Client::delete_connection`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteConnection<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    id: uuid::Uuid,
}
impl<'a> DeleteConnection<'a> {
    /// Time limit for this request (each attempt), overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// An extra header for this request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<ResponseValue<()>, Error<DeleteConnectionError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "deleteConnection",
            method: "DELETE",
            path: "/Connections/{id}",
            security: &[&["OAuth2"]],
            servers: &["https://api.xero.com"],
            accept: None,
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("id", &self.id);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            204 => Ok(raw.into_value(())),
            404 => Err(Error::Api(Box::new(
                raw.into_value(DeleteConnectionError::NotFound),
            ))),
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for DeleteConnection<'a> {
    type Output = Result<ResponseValue<()>, Error<DeleteConnectionError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::delete_connection`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteConnectionError {
    /// `404`: Resource not found
    NotFound,
}
