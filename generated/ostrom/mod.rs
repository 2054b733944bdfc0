//! Ostrom API client (version 2023-11-01)
//!
//! The Ostrom API is designed to allow our customer and partners to develop apps that integrates with our smart energy management platform. The API has a RESTful architecture and utilizes OAuth2 authorization. This document covers the Users API.
pub mod types;
pub use crate::runtime::{Credential, Error, ResponseValue};
/// The spec's servers and security schemes, for the runtime.
pub static API: crate::runtime::ApiSpec = crate::runtime::ApiSpec {
    name: "ostrom",
    default_server: "https://sandbox.ostrom-api.io",
    server_variables: &[],
    schemes: &[crate::runtime::SchemeSpec {
        name: "ClientAccessToken",
        kind: crate::runtime::SchemeKind::OAuth2 {
            token_url: Some("https://auth.sandbox.ostrom-api.io/oauth2/token"),
        },
    }],
};
/// Client for Ostrom API.
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
    /// A builder starting from the spec's defaults (server https://sandbox.ostrom-api.io).
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
    /// Retrieve user information
    ///
    /// Allowed role: `USER`
    ///
    /// `GET /me`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn get_me(&self) -> GetMe<'_> {
        GetMe {
            client: self,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Link user to a partner client application
    ///
    /// Allowed role: `PARTNER`
    ///
    /// `POST /users/link`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn link_user<'a>(&'a self, body: &'a types::UsersLinkBody) -> LinkUser<'a> {
        LinkUser {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            body: Some(body),
        }
    }
    /// Disconnect user from partner client application
    ///
    /// Allowed role: `PARTNER`
    ///
    /// `DELETE /users/{externalUserId}/disconnect`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn disconnect_user(&self, external_user_id: impl Into<String>) -> DisconnectUser<'_> {
        DisconnectUser {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            external_user_id: external_user_id.into(),
        }
    }
}
impl ClientBuilder {
    /// OAuth2 client credentials for `ClientAccessToken`: tokens are fetched from https://auth.sandbox.ostrom-api.io/oauth2/token, cached and refreshed before they expire.
    ///
    /// A ClientAccessToken is obtained via the OAuth 2.0 Client Credentials grant (client id and secret sent with HTTP Basic authentication to the token URL) and carries authorization to access all functionalities and data in your Ostrom account. In production the token URL is https://auth.production.ostrom-api.io/oauth2/token.
    pub fn client_access_token(self, credentials: crate::runtime::ClientCredentials) -> Self {
        self.credential(
            "ClientAccessToken",
            crate::runtime::Credential::token_source(
                credentials.default_token_url("https://auth.sandbox.ostrom-api.io/oauth2/token"),
            ),
        )
    }
}
/// Request builder for [`Client::get_me`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetMe<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetMe<'a> {
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
    pub async fn send(self) -> Result<ResponseValue<types::GetMeResponse>, Error<GetMeError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "getMe",
            method: "GET",
            path: "/me",
            security: &[&["ClientAccessToken"]],
            servers: &[],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::GetMeResponse = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            400 => {
                let body: types::BadRequestError400 = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(GetMeError::BadRequest(body)),
                )))
            }
            401 => {
                let body: types::UnauthorizedError401 = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(GetMeError::Unauthorized(body)),
                )))
            }
            404 => {
                let body: types::BadRequestError404 = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(GetMeError::NotFound(body)),
                )))
            }
            429 => {
                let body: types::TooManyRequestError429 = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(GetMeError::TooManyRequests(body)),
                )))
            }
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for GetMe<'a> {
    type Output = Result<ResponseValue<types::GetMeResponse>, Error<GetMeError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::get_me`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetMeError {
    /// `400`: The request is invalid
    BadRequest(types::BadRequestError400),
    /// `401`: Unauthorized access
    Unauthorized(types::UnauthorizedError401),
    /// `404`: Entity with the provided id was not found
    NotFound(types::BadRequestError404),
    /// `429`: Too Many Requests
    TooManyRequests(types::TooManyRequestError429),
}
/// Request builder for [`Client::link_user`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct LinkUser<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    body: Option<&'a types::UsersLinkBody>,
}
impl<'a> LinkUser<'a> {
    /// The request body.
    pub fn body(mut self, value: &'a types::UsersLinkBody) -> Self {
        self.body = Some(value);
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
    ) -> Result<ResponseValue<types::UserLinkResponse>, Error<LinkUserError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "linkUser",
            method: "POST",
            path: "/users/link",
            security: &[&["ClientAccessToken"]],
            servers: &[],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        if let Some(value) = self.body {
            request.json("application/json", value);
        }
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::UserLinkResponse = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            400 => {
                let body: types::BadRequestError400 = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(LinkUserError::BadRequest(body)),
                )))
            }
            401 => {
                let body: types::UnauthorizedError401 = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(LinkUserError::Unauthorized(body)),
                )))
            }
            404 => {
                let body: types::BadRequestError404 = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(LinkUserError::NotFound(body)),
                )))
            }
            429 => {
                let body: types::TooManyRequestError429 = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(LinkUserError::TooManyRequests(body)),
                )))
            }
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for LinkUser<'a> {
    type Output = Result<ResponseValue<types::UserLinkResponse>, Error<LinkUserError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::link_user`].
#[derive(Debug, Clone, PartialEq)]
pub enum LinkUserError {
    /// `400`: The request is invalid
    BadRequest(types::BadRequestError400),
    /// `401`: Unauthorized access
    Unauthorized(types::UnauthorizedError401),
    /// `404`: Entity with the provided id was not found
    NotFound(types::BadRequestError404),
    /// `429`: Too Many Requests
    TooManyRequests(types::TooManyRequestError429),
}
/// Request builder for [`Client::disconnect_user`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DisconnectUser<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    external_user_id: String,
}
impl<'a> DisconnectUser<'a> {
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
    pub async fn send(self) -> Result<ResponseValue<()>, Error<DisconnectUserError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "disconnectUser",
            method: "DELETE",
            path: "/users/{externalUserId}/disconnect",
            security: &[&["ClientAccessToken"]],
            servers: &[],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("externalUserId", &self.external_user_id);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => Ok(raw.into_value(())),
            400 => {
                let body: types::BadRequestError400 = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(DisconnectUserError::BadRequest(body)),
                )))
            }
            401 => {
                let body: types::UnauthorizedError401 = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(DisconnectUserError::Unauthorized(body)),
                )))
            }
            404 => {
                let body: types::BadRequestError404 = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(DisconnectUserError::NotFound(body)),
                )))
            }
            429 => {
                let body: types::TooManyRequestError429 = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(DisconnectUserError::TooManyRequests(body)),
                )))
            }
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for DisconnectUser<'a> {
    type Output = Result<ResponseValue<()>, Error<DisconnectUserError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::disconnect_user`].
#[derive(Debug, Clone, PartialEq)]
pub enum DisconnectUserError {
    /// `400`: The request is invalid
    BadRequest(types::BadRequestError400),
    /// `401`: Unauthorized access
    Unauthorized(types::UnauthorizedError401),
    /// `404`: Entity with the provided id was not found
    NotFound(types::BadRequestError404),
    /// `429`: Too Many Requests
    TooManyRequests(types::TooManyRequestError429),
}
