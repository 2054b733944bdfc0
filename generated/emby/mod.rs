//! Emby Server REST API client (version 4.8.11.0)
//!
//! ConnectService of the Emby Server REST API - links local Emby users with Emby Connect accounts.
pub mod types;
pub use crate::runtime::{Credential, Error, ResponseValue};
/// The spec's servers and security schemes, for the runtime.
pub static API: crate::runtime::ApiSpec = crate::runtime::ApiSpec {
    name: "emby",
    default_server: "http://emby.media/emby",
    server_variables: &[],
    schemes: &[
        crate::runtime::SchemeSpec {
            name: "apikeyauth",
            kind: crate::runtime::SchemeKind::ApiKeyQuery("api_key"),
        },
        crate::runtime::SchemeSpec {
            name: "embyauth",
            kind: crate::runtime::SchemeKind::AuthParams {
                scheme: "Emby",
                header: "Authorization",
                params: &["UserId", "Client", "Device", "DeviceId", "Version", "Token"],
                always: &["Client", "Device", "DeviceId", "Version"],
                secret: &["Token"],
            },
        },
    ],
};
/// Client for Emby Server REST API.
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
    /// A builder starting from the spec's defaults (server http://emby.media/emby).
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
    /// A copy of this client that sends `Token` in the `embyauth` Authorization header (e.g. after logging in).
    pub fn with_token(&self, token: &str) -> Self {
        Client {
            core: std::sync::Arc::new(self.core.with_auth_param("Token", token)),
        }
    }
    /// Creates a Connect link for a user
    ///
    /// Requires authentication as administrator
    ///
    /// `POST /Users/{Id}/Connect/Link`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn post_users_by_id_connect_link(
        &self,
        id: impl Into<String>,
        connect_username: impl Into<String>,
    ) -> PostUsersByIdConnectLink<'_> {
        PostUsersByIdConnectLink {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            id: id.into(),
            connect_username: connect_username.into(),
        }
    }
    /// Removes a Connect link for a user
    ///
    /// Requires authentication as administrator
    ///
    /// `DELETE /Users/{Id}/Connect/Link`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn delete_users_by_id_connect_link(
        &self,
        id: impl Into<String>,
    ) -> DeleteUsersByIdConnectLink<'_> {
        DeleteUsersByIdConnectLink {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            id: id.into(),
        }
    }
    /// Removes a Connect link for a user
    ///
    /// Requires authentication as administrator
    ///
    /// `POST /Users/{Id}/Connect/Link/Delete`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn post_users_by_id_connect_link_delete(
        &self,
        id: impl Into<String>,
    ) -> PostUsersByIdConnectLinkDelete<'_> {
        PostUsersByIdConnectLinkDelete {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            id: id.into(),
        }
    }
    /// Gets the corresponding local user from a connect user id
    ///
    /// Requires authentication as user
    ///
    /// `GET /Connect/Exchange`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn get_connect_exchange(
        &self,
        connect_user_id: impl Into<String>,
    ) -> GetConnectExchange<'_> {
        GetConnectExchange {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            connect_user_id: connect_user_id.into(),
        }
    }
    /// Creates a Connect link for a user
    ///
    /// Requires authentication as administrator
    ///
    /// `GET /Connect/Pending`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn get_connect_pending(&self) -> GetConnectPending<'_> {
        GetConnectPending {
            client: self,
            options: crate::runtime::RequestOptions::default(),
        }
    }
}
impl ClientBuilder {
    /// API key for `apikeyauth` (sent in the query as `api_key`).
    ///
    /// ApiKey Authentication. API keys are static access tokens providing access to the Emby API for external applications. Keys can be created from the Server Dashboard under Advanced > Security. The api key can alternatively be specified in an http header named X-Emby-Token. See https://github.com/MediaBrowser/Emby/wiki/ApiKeyAuthentication
    pub fn apikeyauth(self, key: impl Into<String>) -> Self {
        self.credential("apikeyauth", crate::runtime::Credential::api_key(key))
    }
}
impl ClientBuilder {
    /// Credentials for `embyauth`: the `Authorization` header is sent as `Emby UserId="…", Client="…", Device="…", DeviceId="…", Version="…", Token="…"`.
    ///
    /// Emby User Authentication. An access token must be acquired via /Users/AuthenticateByName and then sent in the Authorization http header with every request, in the form Emby UserId="(guid)", Client="(string)", Device="(string)", DeviceId="(string)", Version="string", Token="(string)". See https://github.com/MediaBrowser/Emby/wiki/User-Authentication
    pub fn embyauth(self, params: crate::runtime::AuthParams) -> Self {
        self.auth_params(params)
    }
}
/// Request builder for [`Client::post_users_by_id_connect_link`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct PostUsersByIdConnectLink<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    id: String,
    connect_username: String,
}
impl<'a> PostUsersByIdConnectLink<'a> {
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
    ) -> Result<ResponseValue<types::ConnectUserLinkResult>, Error<PostUsersByIdConnectLinkError>>
    {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "postUsersByIdConnectLink",
            method: "POST",
            path: "/Users/{Id}/Connect/Link",
            security: &[&["apikeyauth"], &["embyauth"]],
            servers: &[],
            accept: Some("application/json, application/xml"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("Id", &self.id);
        request.query(
            "ConnectUsername",
            &self.connect_username,
            crate::runtime::QueryStyle::Form,
            false,
        );
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::ConnectUserLinkResult = crate::runtime::decode_json_or_xml(&raw)?;
                Ok(raw.into_value(body))
            }
            400 => Err(Error::Api(Box::new(
                raw.into_value(PostUsersByIdConnectLinkError::BadRequest),
            ))),
            401 => Err(Error::Api(Box::new(
                raw.into_value(PostUsersByIdConnectLinkError::Unauthorized),
            ))),
            403 => Err(Error::Api(Box::new(
                raw.into_value(PostUsersByIdConnectLinkError::Forbidden),
            ))),
            404 => Err(Error::Api(Box::new(
                raw.into_value(PostUsersByIdConnectLinkError::NotFound),
            ))),
            500 => Err(Error::Api(Box::new(
                raw.into_value(PostUsersByIdConnectLinkError::InternalServerError),
            ))),
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for PostUsersByIdConnectLink<'a> {
    type Output =
        Result<ResponseValue<types::ConnectUserLinkResult>, Error<PostUsersByIdConnectLinkError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::post_users_by_id_connect_link`].
#[derive(Debug, Clone, PartialEq)]
pub enum PostUsersByIdConnectLinkError {
    /// `400`: Bad Request. Server cannot process request.
    BadRequest,
    /// `401`: Unauthorized. Client needs to authenticate.
    Unauthorized,
    /// `403`: Forbidden. No permission for the reqested operation.
    Forbidden,
    /// `404`: Resource not found or unavailable.
    NotFound,
    /// `500`: Server error.
    InternalServerError,
}
/// Request builder for [`Client::delete_users_by_id_connect_link`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteUsersByIdConnectLink<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    id: String,
}
impl<'a> DeleteUsersByIdConnectLink<'a> {
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
    pub async fn send(self) -> Result<ResponseValue<()>, Error<DeleteUsersByIdConnectLinkError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "deleteUsersByIdConnectLink",
            method: "DELETE",
            path: "/Users/{Id}/Connect/Link",
            security: &[&["apikeyauth"], &["embyauth"]],
            servers: &[],
            accept: None,
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("Id", &self.id);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => Ok(raw.into_value(())),
            400 => Err(Error::Api(Box::new(
                raw.into_value(DeleteUsersByIdConnectLinkError::BadRequest),
            ))),
            401 => Err(Error::Api(Box::new(
                raw.into_value(DeleteUsersByIdConnectLinkError::Unauthorized),
            ))),
            403 => Err(Error::Api(Box::new(
                raw.into_value(DeleteUsersByIdConnectLinkError::Forbidden),
            ))),
            404 => Err(Error::Api(Box::new(
                raw.into_value(DeleteUsersByIdConnectLinkError::NotFound),
            ))),
            500 => Err(Error::Api(Box::new(
                raw.into_value(DeleteUsersByIdConnectLinkError::InternalServerError),
            ))),
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for DeleteUsersByIdConnectLink<'a> {
    type Output = Result<ResponseValue<()>, Error<DeleteUsersByIdConnectLinkError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::delete_users_by_id_connect_link`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteUsersByIdConnectLinkError {
    /// `400`: Bad Request. Server cannot process request.
    BadRequest,
    /// `401`: Unauthorized. Client needs to authenticate.
    Unauthorized,
    /// `403`: Forbidden. No permission for the reqested operation.
    Forbidden,
    /// `404`: Resource not found or unavailable.
    NotFound,
    /// `500`: Server error.
    InternalServerError,
}
/// Request builder for [`Client::post_users_by_id_connect_link_delete`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct PostUsersByIdConnectLinkDelete<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    id: String,
}
impl<'a> PostUsersByIdConnectLinkDelete<'a> {
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
    ) -> Result<ResponseValue<()>, Error<PostUsersByIdConnectLinkDeleteError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "postUsersByIdConnectLinkDelete",
            method: "POST",
            path: "/Users/{Id}/Connect/Link/Delete",
            security: &[&["apikeyauth"], &["embyauth"]],
            servers: &[],
            accept: None,
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("Id", &self.id);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => Ok(raw.into_value(())),
            400 => Err(Error::Api(Box::new(
                raw.into_value(PostUsersByIdConnectLinkDeleteError::BadRequest),
            ))),
            401 => Err(Error::Api(Box::new(
                raw.into_value(PostUsersByIdConnectLinkDeleteError::Unauthorized),
            ))),
            403 => Err(Error::Api(Box::new(
                raw.into_value(PostUsersByIdConnectLinkDeleteError::Forbidden),
            ))),
            404 => Err(Error::Api(Box::new(
                raw.into_value(PostUsersByIdConnectLinkDeleteError::NotFound),
            ))),
            500 => Err(Error::Api(Box::new(raw.into_value(
                PostUsersByIdConnectLinkDeleteError::InternalServerError,
            )))),
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for PostUsersByIdConnectLinkDelete<'a> {
    type Output = Result<ResponseValue<()>, Error<PostUsersByIdConnectLinkDeleteError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::post_users_by_id_connect_link_delete`].
#[derive(Debug, Clone, PartialEq)]
pub enum PostUsersByIdConnectLinkDeleteError {
    /// `400`: Bad Request. Server cannot process request.
    BadRequest,
    /// `401`: Unauthorized. Client needs to authenticate.
    Unauthorized,
    /// `403`: Forbidden. No permission for the reqested operation.
    Forbidden,
    /// `404`: Resource not found or unavailable.
    NotFound,
    /// `500`: Server error.
    InternalServerError,
}
/// Request builder for [`Client::get_connect_exchange`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetConnectExchange<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    connect_user_id: String,
}
impl<'a> GetConnectExchange<'a> {
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
    ) -> Result<
        ResponseValue<types::ConnectConnectAuthenticationExchangeResult>,
        Error<GetConnectExchangeError>,
    > {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "getConnectExchange",
            method: "GET",
            path: "/Connect/Exchange",
            security: &[&["apikeyauth"], &["embyauth"]],
            servers: &[],
            accept: Some("application/json, application/xml"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.query(
            "ConnectUserId",
            &self.connect_user_id,
            crate::runtime::QueryStyle::Form,
            false,
        );
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::ConnectConnectAuthenticationExchangeResult =
                    crate::runtime::decode_json_or_xml(&raw)?;
                Ok(raw.into_value(body))
            }
            400 => Err(Error::Api(Box::new(
                raw.into_value(GetConnectExchangeError::BadRequest),
            ))),
            401 => Err(Error::Api(Box::new(
                raw.into_value(GetConnectExchangeError::Unauthorized),
            ))),
            403 => Err(Error::Api(Box::new(
                raw.into_value(GetConnectExchangeError::Forbidden),
            ))),
            404 => Err(Error::Api(Box::new(
                raw.into_value(GetConnectExchangeError::NotFound),
            ))),
            500 => Err(Error::Api(Box::new(
                raw.into_value(GetConnectExchangeError::InternalServerError),
            ))),
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for GetConnectExchange<'a> {
    type Output = Result<
        ResponseValue<types::ConnectConnectAuthenticationExchangeResult>,
        Error<GetConnectExchangeError>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::get_connect_exchange`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectExchangeError {
    /// `400`: Bad Request. Server cannot process request.
    BadRequest,
    /// `401`: Unauthorized. Client needs to authenticate.
    Unauthorized,
    /// `403`: Forbidden. No permission for the reqested operation.
    Forbidden,
    /// `404`: Resource not found or unavailable.
    NotFound,
    /// `500`: Server error.
    InternalServerError,
}
/// Request builder for [`Client::get_connect_pending`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetConnectPending<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetConnectPending<'a> {
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
    pub async fn send(self) -> Result<ResponseValue<()>, Error<GetConnectPendingError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "getConnectPending",
            method: "GET",
            path: "/Connect/Pending",
            security: &[&["apikeyauth"], &["embyauth"]],
            servers: &[],
            accept: None,
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => Ok(raw.into_value(())),
            400 => Err(Error::Api(Box::new(
                raw.into_value(GetConnectPendingError::BadRequest),
            ))),
            401 => Err(Error::Api(Box::new(
                raw.into_value(GetConnectPendingError::Unauthorized),
            ))),
            403 => Err(Error::Api(Box::new(
                raw.into_value(GetConnectPendingError::Forbidden),
            ))),
            404 => Err(Error::Api(Box::new(
                raw.into_value(GetConnectPendingError::NotFound),
            ))),
            500 => Err(Error::Api(Box::new(
                raw.into_value(GetConnectPendingError::InternalServerError),
            ))),
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for GetConnectPending<'a> {
    type Output = Result<ResponseValue<()>, Error<GetConnectPendingError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::get_connect_pending`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectPendingError {
    /// `400`: Bad Request. Server cannot process request.
    BadRequest,
    /// `401`: Unauthorized. Client needs to authenticate.
    Unauthorized,
    /// `403`: Forbidden. No permission for the reqested operation.
    Forbidden,
    /// `404`: Resource not found or unavailable.
    NotFound,
    /// `500`: Server error.
    InternalServerError,
}
