//! Smooch client (version 3.19)
//!
//! The Smooch API is a unified interface for powering messaging in your customer experiences across every channel. This document covers the AppUser API of Smooch (Sunshine Conversations) REST API v1. For more information, visit the official documentation at https://docs.smooch.io.
pub mod types;
pub use crate::runtime::{Credential, Error, ResponseValue};
/// The spec's servers and security schemes, for the runtime.
pub static API: crate::runtime::ApiSpec = crate::runtime::ApiSpec {
    name: "smooch",
    default_server: "https://api.smooch.io",
    server_variables: &[],
    schemes: &[crate::runtime::SchemeSpec {
        name: "jwt",
        kind: crate::runtime::SchemeKind::Bearer,
    }],
};
/// Client for Smooch.
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
    /// A builder starting from the spec's defaults (server https://api.smooch.io).
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
    /// Pre-create an app user.
    ///
    /// `POST /v1/apps/{appId}/appusers`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn pre_create_app_user<'a>(
        &'a self,
        app_id: impl Into<String>,
        body: &'a types::AppUserPreCreate,
    ) -> PreCreateAppUser<'a> {
        PreCreateAppUser {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            app_id: app_id.into(),
            body,
        }
    }
    /// Get the specified app user.
    ///
    /// `GET /v1/apps/{appId}/appusers/{userId}`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn get_app_user(
        &self,
        app_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> GetAppUser<'_> {
        GetAppUser {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            app_id: app_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Update the specified app user.
    ///
    /// `PUT /v1/apps/{appId}/appusers/{userId}`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn update_app_user<'a>(
        &'a self,
        app_id: impl Into<String>,
        user_id: impl Into<String>,
        body: &'a types::AppUserUpdate,
    ) -> UpdateAppUser<'a> {
        UpdateAppUser {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            app_id: app_id.into(),
            user_id: user_id.into(),
            body,
        }
    }
    /// Delete specified app user.
    ///
    /// `DELETE /v1/apps/{appId}/appusers/{userId}`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn delete_app_user(
        &self,
        app_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> DeleteAppUser<'_> {
        DeleteAppUser {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            app_id: app_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Delete specified app user's profile.
    ///
    /// `DELETE /v1/apps/{appId}/appusers/{userId}/profile`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn delete_app_user_profile(
        &self,
        app_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> DeleteAppUserProfile<'_> {
        DeleteAppUserProfile {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            app_id: app_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Get an auth code for facilitating a channel transfer
    ///
    /// `GET /v1/apps/{appId}/appusers/{userId}/authcode`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn get_app_user_auth_code(
        &self,
        app_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> GetAppUserAuthCode<'_> {
        GetAppUserAuthCode {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            app_id: app_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Get specified app user's business system IDs.
    ///
    /// `GET /v1/apps/{appId}/appusers/{userId}/businesssystems`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn get_app_user_business_system_ids(
        &self,
        app_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> GetAppUserBusinessSystemIds<'_> {
        GetAppUserBusinessSystemIds {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            app_id: app_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Get specified app user's channel entity IDs.
    ///
    /// `GET /v1/apps/{appId}/appusers/{userId}/channels`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn get_app_user_entity_ids(
        &self,
        app_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> GetAppUserEntityIds<'_> {
        GetAppUserEntityIds {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            app_id: app_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Link specified app user to given channel.
    ///
    /// `POST /v1/apps/{appId}/appusers/{userId}/channels`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn link_app_user<'a>(
        &'a self,
        app_id: impl Into<String>,
        user_id: impl Into<String>,
        body: &'a types::AppUserLink,
    ) -> LinkAppUser<'a> {
        LinkAppUser {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            app_id: app_id.into(),
            user_id: user_id.into(),
            body,
        }
    }
    /// Unlink specified app user from given channel.
    ///
    /// `DELETE /v1/apps/{appId}/appusers/{userId}/channels/{channel}`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn unlink_app_user(
        &self,
        app_id: impl Into<String>,
        user_id: impl Into<String>,
        channel: impl Into<String>,
    ) -> UnlinkAppUser<'_> {
        UnlinkAppUser {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            app_id: app_id.into(),
            user_id: user_id.into(),
            channel: channel.into(),
        }
    }
    /// Fetch link requests for the specified app user.
    ///
    /// `GET /v1/apps/{appId}/appusers/{userId}/linkrequest`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn get_link_requests(
        &self,
        app_id: impl Into<String>,
        user_id: impl Into<String>,
        integration_ids: Vec<String>,
    ) -> GetLinkRequests<'_> {
        GetLinkRequests {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            app_id: app_id.into(),
            user_id: user_id.into(),
            integration_ids,
        }
    }
    /// Send an image message to the conversation.
    ///
    /// `POST /v1/apps/{appId}/appusers/{userId}/images`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn post_image_message(
        &self,
        app_id: impl Into<String>,
        user_id: impl Into<String>,
        source: crate::runtime::FilePart,
        role: impl Into<String>,
    ) -> PostImageMessage<'_> {
        PostImageMessage {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            app_id: app_id.into(),
            user_id: user_id.into(),
            source,
            role: role.into(),
        }
    }
}
impl ClientBuilder {
    /// Bearer token for `jwt` (JWT).
    ///
    /// JSON Web Token signed with an app or account secret key (key id in the kid header, scope app or account in the payload), sent in the Authorization header as "Bearer" followed by a space and the token.
    pub fn jwt(self, token: impl Into<String>) -> Self {
        self.credential("jwt", crate::runtime::Credential::bearer(token))
    }
    /// Sign `jwt` JWTs (HS256, `kid` header) from a key id and secret instead of passing a token.
    pub fn jwt_signed(
        self,
        key_id: impl Into<String>,
        secret: impl Into<String>,
        scope: &str,
    ) -> Self {
        self.credential(
            "jwt",
            crate::runtime::Credential::token_source(crate::runtime::JwtSigner::new(
                key_id, secret, scope,
            )),
        )
    }
}
/// Request builder for [`Client::pre_create_app_user`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct PreCreateAppUser<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    app_id: String,
    body: &'a types::AppUserPreCreate,
}
impl<'a> PreCreateAppUser<'a> {
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
    ) -> Result<ResponseValue<types::AppUserResponse>, Error<PreCreateAppUserError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "preCreateAppUser",
            method: "POST",
            path: "/v1/apps/{appId}/appusers",
            security: &[&["jwt"]],
            servers: &[],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("appId", &self.app_id);
        let value = self.body;
        request.json("application/json", value);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            201 => {
                let body: types::AppUserResponse = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            _ => {
                let body: types::ErrorResponse = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(PreCreateAppUserError::Default(body)),
                )))
            }
        }
    }
}
impl<'a> std::future::IntoFuture for PreCreateAppUser<'a> {
    type Output = Result<ResponseValue<types::AppUserResponse>, Error<PreCreateAppUserError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::pre_create_app_user`].
#[derive(Debug, Clone, PartialEq)]
pub enum PreCreateAppUserError {
    /// `default`: Error. The HTTP status code identifies the error class and the body describes it.
    Default(types::ErrorResponse),
}
/// Request builder for [`Client::get_app_user`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetAppUser<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    app_id: String,
    user_id: String,
}
impl<'a> GetAppUser<'a> {
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
    ) -> Result<ResponseValue<types::AppUserResponse>, Error<GetAppUserError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "getAppUser",
            method: "GET",
            path: "/v1/apps/{appId}/appusers/{userId}",
            security: &[&["jwt"]],
            servers: &[],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("appId", &self.app_id);
        request.path_param("userId", &self.user_id);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::AppUserResponse = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            _ => {
                let body: types::ErrorResponse = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(GetAppUserError::Default(body)),
                )))
            }
        }
    }
}
impl<'a> std::future::IntoFuture for GetAppUser<'a> {
    type Output = Result<ResponseValue<types::AppUserResponse>, Error<GetAppUserError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::get_app_user`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetAppUserError {
    /// `default`: Error. The HTTP status code identifies the error class and the body describes it.
    Default(types::ErrorResponse),
}
/// Request builder for [`Client::update_app_user`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateAppUser<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    app_id: String,
    user_id: String,
    body: &'a types::AppUserUpdate,
}
impl<'a> UpdateAppUser<'a> {
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
    ) -> Result<ResponseValue<types::AppUserResponse>, Error<UpdateAppUserError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "updateAppUser",
            method: "PUT",
            path: "/v1/apps/{appId}/appusers/{userId}",
            security: &[&["jwt"]],
            servers: &[],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("appId", &self.app_id);
        request.path_param("userId", &self.user_id);
        let value = self.body;
        request.json("application/json", value);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::AppUserResponse = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            _ => {
                let body: types::ErrorResponse = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(UpdateAppUserError::Default(body)),
                )))
            }
        }
    }
}
impl<'a> std::future::IntoFuture for UpdateAppUser<'a> {
    type Output = Result<ResponseValue<types::AppUserResponse>, Error<UpdateAppUserError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::update_app_user`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateAppUserError {
    /// `default`: Error. The HTTP status code identifies the error class and the body describes it.
    Default(types::ErrorResponse),
}
/// Request builder for [`Client::delete_app_user`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteAppUser<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    app_id: String,
    user_id: String,
}
impl<'a> DeleteAppUser<'a> {
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
    pub async fn send(self) -> Result<ResponseValue<()>, Error<DeleteAppUserError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "deleteAppUser",
            method: "DELETE",
            path: "/v1/apps/{appId}/appusers/{userId}",
            security: &[&["jwt"]],
            servers: &[],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("appId", &self.app_id);
        request.path_param("userId", &self.user_id);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => Ok(raw.into_value(())),
            _ => {
                let body: types::ErrorResponse = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(DeleteAppUserError::Default(body)),
                )))
            }
        }
    }
}
impl<'a> std::future::IntoFuture for DeleteAppUser<'a> {
    type Output = Result<ResponseValue<()>, Error<DeleteAppUserError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::delete_app_user`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteAppUserError {
    /// `default`: Error. The HTTP status code identifies the error class and the body describes it.
    Default(types::ErrorResponse),
}
/// Request builder for [`Client::delete_app_user_profile`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteAppUserProfile<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    app_id: String,
    user_id: String,
}
impl<'a> DeleteAppUserProfile<'a> {
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
    ) -> Result<ResponseValue<types::AppUserResponse>, Error<DeleteAppUserProfileError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "deleteAppUserProfile",
            method: "DELETE",
            path: "/v1/apps/{appId}/appusers/{userId}/profile",
            security: &[&["jwt"]],
            servers: &[],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("appId", &self.app_id);
        request.path_param("userId", &self.user_id);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::AppUserResponse = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            _ => {
                let body: types::ErrorResponse = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(DeleteAppUserProfileError::Default(body)),
                )))
            }
        }
    }
}
impl<'a> std::future::IntoFuture for DeleteAppUserProfile<'a> {
    type Output = Result<ResponseValue<types::AppUserResponse>, Error<DeleteAppUserProfileError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::delete_app_user_profile`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteAppUserProfileError {
    /// `default`: Error. The HTTP status code identifies the error class and the body describes it.
    Default(types::ErrorResponse),
}
/// Request builder for [`Client::get_app_user_auth_code`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetAppUserAuthCode<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    app_id: String,
    user_id: String,
}
impl<'a> GetAppUserAuthCode<'a> {
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
    ) -> Result<ResponseValue<types::AuthCodeResponse>, Error<GetAppUserAuthCodeError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "getAppUserAuthCode",
            method: "GET",
            path: "/v1/apps/{appId}/appusers/{userId}/authcode",
            security: &[&["jwt"]],
            servers: &[],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("appId", &self.app_id);
        request.path_param("userId", &self.user_id);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::AuthCodeResponse = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            _ => {
                let body: types::ErrorResponse = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(GetAppUserAuthCodeError::Default(body)),
                )))
            }
        }
    }
}
impl<'a> std::future::IntoFuture for GetAppUserAuthCode<'a> {
    type Output = Result<ResponseValue<types::AuthCodeResponse>, Error<GetAppUserAuthCodeError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::get_app_user_auth_code`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetAppUserAuthCodeError {
    /// `default`: Error. The HTTP status code identifies the error class and the body describes it.
    Default(types::ErrorResponse),
}
/// Request builder for [`Client::get_app_user_business_system_ids`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetAppUserBusinessSystemIds<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    app_id: String,
    user_id: String,
}
impl<'a> GetAppUserBusinessSystemIds<'a> {
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
        ResponseValue<types::AppUserBusinessSystemsResponse>,
        Error<GetAppUserBusinessSystemIdsError>,
    > {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "getAppUserBusinessSystemIds",
            method: "GET",
            path: "/v1/apps/{appId}/appusers/{userId}/businesssystems",
            security: &[&["jwt"]],
            servers: &[],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("appId", &self.app_id);
        request.path_param("userId", &self.user_id);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::AppUserBusinessSystemsResponse =
                    crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            _ => {
                let body: types::ErrorResponse = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(raw.into_value(
                    GetAppUserBusinessSystemIdsError::Default(body),
                ))))
            }
        }
    }
}
impl<'a> std::future::IntoFuture for GetAppUserBusinessSystemIds<'a> {
    type Output = Result<
        ResponseValue<types::AppUserBusinessSystemsResponse>,
        Error<GetAppUserBusinessSystemIdsError>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::get_app_user_business_system_ids`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetAppUserBusinessSystemIdsError {
    /// `default`: Error. The HTTP status code identifies the error class and the body describes it.
    Default(types::ErrorResponse),
}
/// Request builder for [`Client::get_app_user_entity_ids`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetAppUserEntityIds<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    app_id: String,
    user_id: String,
}
impl<'a> GetAppUserEntityIds<'a> {
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
    ) -> Result<ResponseValue<types::AppUserChannelsResponse>, Error<GetAppUserEntityIdsError>>
    {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "getAppUserEntityIds",
            method: "GET",
            path: "/v1/apps/{appId}/appusers/{userId}/channels",
            security: &[&["jwt"]],
            servers: &[],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("appId", &self.app_id);
        request.path_param("userId", &self.user_id);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::AppUserChannelsResponse = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            _ => {
                let body: types::ErrorResponse = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(GetAppUserEntityIdsError::Default(body)),
                )))
            }
        }
    }
}
impl<'a> std::future::IntoFuture for GetAppUserEntityIds<'a> {
    type Output =
        Result<ResponseValue<types::AppUserChannelsResponse>, Error<GetAppUserEntityIdsError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::get_app_user_entity_ids`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetAppUserEntityIdsError {
    /// `default`: Error. The HTTP status code identifies the error class and the body describes it.
    Default(types::ErrorResponse),
}
/// Request builder for [`Client::link_app_user`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct LinkAppUser<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    app_id: String,
    user_id: String,
    body: &'a types::AppUserLink,
}
impl<'a> LinkAppUser<'a> {
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
    ) -> Result<ResponseValue<types::AppUserResponse>, Error<LinkAppUserError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "linkAppUser",
            method: "POST",
            path: "/v1/apps/{appId}/appusers/{userId}/channels",
            security: &[&["jwt"]],
            servers: &[],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("appId", &self.app_id);
        request.path_param("userId", &self.user_id);
        let value = self.body;
        request.json("application/json", value);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::AppUserResponse = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            _ => {
                let body: types::ErrorResponse = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(LinkAppUserError::Default(body)),
                )))
            }
        }
    }
}
impl<'a> std::future::IntoFuture for LinkAppUser<'a> {
    type Output = Result<ResponseValue<types::AppUserResponse>, Error<LinkAppUserError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::link_app_user`].
#[derive(Debug, Clone, PartialEq)]
pub enum LinkAppUserError {
    /// `default`: Error. The HTTP status code identifies the error class and the body describes it.
    Default(types::ErrorResponse),
}
/// Request builder for [`Client::unlink_app_user`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UnlinkAppUser<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    app_id: String,
    user_id: String,
    channel: String,
}
impl<'a> UnlinkAppUser<'a> {
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
    pub async fn send(self) -> Result<ResponseValue<()>, Error<UnlinkAppUserError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "unlinkAppUser",
            method: "DELETE",
            path: "/v1/apps/{appId}/appusers/{userId}/channels/{channel}",
            security: &[&["jwt"]],
            servers: &[],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("appId", &self.app_id);
        request.path_param("userId", &self.user_id);
        request.path_param("channel", &self.channel);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => Ok(raw.into_value(())),
            _ => {
                let body: types::ErrorResponse = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(UnlinkAppUserError::Default(body)),
                )))
            }
        }
    }
}
impl<'a> std::future::IntoFuture for UnlinkAppUser<'a> {
    type Output = Result<ResponseValue<()>, Error<UnlinkAppUserError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::unlink_app_user`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnlinkAppUserError {
    /// `default`: Error. The HTTP status code identifies the error class and the body describes it.
    Default(types::ErrorResponse),
}
/// Request builder for [`Client::get_link_requests`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetLinkRequests<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    app_id: String,
    user_id: String,
    integration_ids: Vec<String>,
}
impl<'a> GetLinkRequests<'a> {
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
    ) -> Result<ResponseValue<types::LinkRequestResponse>, Error<GetLinkRequestsError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "getLinkRequests",
            method: "GET",
            path: "/v1/apps/{appId}/appusers/{userId}/linkrequest",
            security: &[&["jwt"]],
            servers: &[],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("appId", &self.app_id);
        request.path_param("userId", &self.user_id);
        request.query(
            "integrationIds",
            &self.integration_ids,
            crate::runtime::QueryStyle::Form,
            false,
        );
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::LinkRequestResponse = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            _ => {
                let body: types::ErrorResponse = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(GetLinkRequestsError::Default(body)),
                )))
            }
        }
    }
}
impl<'a> std::future::IntoFuture for GetLinkRequests<'a> {
    type Output = Result<ResponseValue<types::LinkRequestResponse>, Error<GetLinkRequestsError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::get_link_requests`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetLinkRequestsError {
    /// `default`: Error. The HTTP status code identifies the error class and the body describes it.
    Default(types::ErrorResponse),
}
/// Request builder for [`Client::post_image_message`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct PostImageMessage<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    app_id: String,
    user_id: String,
    source: crate::runtime::FilePart,
    role: String,
}
impl<'a> PostImageMessage<'a> {
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
    ) -> Result<ResponseValue<types::MessageResponse>, Error<PostImageMessageError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "postImageMessage",
            method: "POST",
            path: "/v1/apps/{appId}/appusers/{userId}/images",
            security: &[&["jwt"]],
            servers: &[],
            accept: Some("application/json"),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("appId", &self.app_id);
        request.path_param("userId", &self.user_id);
        request.multipart_file("source", self.source);
        request.multipart_text("role", &self.role);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            201 => {
                let body: types::MessageResponse = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            _ => {
                let body: types::ErrorResponse = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(PostImageMessageError::Default(body)),
                )))
            }
        }
    }
}
impl<'a> std::future::IntoFuture for PostImageMessage<'a> {
    type Output = Result<ResponseValue<types::MessageResponse>, Error<PostImageMessageError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::post_image_message`].
#[derive(Debug, Clone, PartialEq)]
pub enum PostImageMessageError {
    /// `default`: Error. The HTTP status code identifies the error class and the body describes it.
    Default(types::ErrorResponse),
}
