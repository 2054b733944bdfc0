//! Jellyfin API client (version 10.11.0)
//!
//! User API of the Jellyfin 10.11 media server: authentication, user management, passwords, user policies and configuration.
pub mod types;
pub use crate::runtime::{Credential, Error, ResponseValue};
/// The spec's servers and security schemes, for the runtime.
pub static API: crate::runtime::ApiSpec = crate::runtime::ApiSpec {
    name: "jellyfin",
    default_server: "http://localhost",
    server_variables: &[],
    schemes: &[crate::runtime::SchemeSpec {
        name: "CustomAuthentication",
        kind: crate::runtime::SchemeKind::AuthParams {
            scheme: "MediaBrowser",
            header: "Authorization",
            params: &["Client", "Device", "DeviceId", "Version", "Token"],
            always: &["Client", "Device", "DeviceId", "Version"],
            secret: &["Token"],
        },
    }],
};
/// Client for Jellyfin API.
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
    /// A builder starting from the spec's defaults (server http://localhost).
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
    /// A copy of this client that sends `Token` in the `CustomAuthentication` Authorization header (e.g. after logging in).
    pub fn with_token(&self, token: &str) -> Self {
        Client {
            core: std::sync::Arc::new(self.core.with_auth_param("Token", token)),
        }
    }
    /// Gets a list of users.
    ///
    /// `GET /Users`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn get_users(&self) -> GetUsers<'_> {
        GetUsers {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            is_hidden: None,
            is_disabled: None,
        }
    }
    /// Updates a user.
    ///
    /// `POST /Users`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn update_user<'a>(&'a self, body: &'a types::UserDto) -> UpdateUser<'a> {
        UpdateUser {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            user_id: None,
            body,
        }
    }
    /// Authenticates a user by name.
    ///
    /// `POST /Users/AuthenticateByName`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn authenticate_user_by_name<'a>(
        &'a self,
        body: &'a types::AuthenticateUserByName,
    ) -> AuthenticateUserByName<'a> {
        AuthenticateUserByName {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            body,
        }
    }
    /// Authenticates a user with quick connect.
    ///
    /// `POST /Users/AuthenticateWithQuickConnect`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn authenticate_with_quick_connect<'a>(
        &'a self,
        body: &'a types::QuickConnectDto,
    ) -> AuthenticateWithQuickConnect<'a> {
        AuthenticateWithQuickConnect {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            body,
        }
    }
    /// Updates a user configuration.
    ///
    /// `POST /Users/Configuration`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn update_user_configuration<'a>(
        &'a self,
        body: &'a types::UserConfiguration,
    ) -> UpdateUserConfiguration<'a> {
        UpdateUserConfiguration {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            user_id: None,
            body,
        }
    }
    /// Initiates the forgot password process for a local user.
    ///
    /// `POST /Users/ForgotPassword`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn forgot_password<'a>(&'a self, body: &'a types::ForgotPasswordDto) -> ForgotPassword<'a> {
        ForgotPassword {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            body,
        }
    }
    /// Redeems a forgot password pin.
    ///
    /// `POST /Users/ForgotPassword/Pin`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn forgot_password_pin<'a>(
        &'a self,
        body: &'a types::ForgotPasswordPinDto,
    ) -> ForgotPasswordPin<'a> {
        ForgotPasswordPin {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            body,
        }
    }
    /// Gets the user based on auth token.
    ///
    /// `GET /Users/Me`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn get_current_user(&self) -> GetCurrentUser<'_> {
        GetCurrentUser {
            client: self,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Creates a user.
    ///
    /// `POST /Users/New`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn create_user_by_name<'a>(
        &'a self,
        body: &'a types::CreateUserByName,
    ) -> CreateUserByName<'a> {
        CreateUserByName {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            body,
        }
    }
    /// Updates a user's password.
    ///
    /// `POST /Users/Password`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn update_user_password<'a>(
        &'a self,
        body: &'a types::UpdateUserPassword,
    ) -> UpdateUserPassword<'a> {
        UpdateUserPassword {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            user_id: None,
            body,
        }
    }
    /// Gets a list of publicly visible users for display on a login screen.
    ///
    /// `GET /Users/Public`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn get_public_users(&self) -> GetPublicUsers<'_> {
        GetPublicUsers {
            client: self,
            options: crate::runtime::RequestOptions::default(),
        }
    }
    /// Gets a user by Id.
    ///
    /// `GET /Users/{userId}`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn get_user_by_id(&self, user_id: uuid::Uuid) -> GetUserById<'_> {
        GetUserById {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            user_id,
        }
    }
    /// Deletes a user.
    ///
    /// `DELETE /Users/{userId}`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn delete_user(&self, user_id: uuid::Uuid) -> DeleteUser<'_> {
        DeleteUser {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            user_id,
        }
    }
    /// Updates a user policy.
    ///
    /// `POST /Users/{userId}/Policy`
    ///
    /// Optional parameters are set on the returned builder; send it with `.send()` or `.await`.
    pub fn update_user_policy<'a>(
        &'a self,
        user_id: uuid::Uuid,
        body: &'a types::UserPolicy,
    ) -> UpdateUserPolicy<'a> {
        UpdateUserPolicy {
            client: self,
            options: crate::runtime::RequestOptions::default(),
            user_id,
            body,
        }
    }
}
impl ClientBuilder {
    /// Credentials for `CustomAuthentication`: the `Authorization` header is sent as `MediaBrowser Client="…", Device="…", DeviceId="…", Version="…", Token="…"`.
    ///
    /// API key header parameter. Send the Authorization header in the form MediaBrowser Token="(access token)", Client="(client name)", Device="(device name)", DeviceId="(device id)", Version="(client version)". The access token is returned by the AuthenticateByName and AuthenticateWithQuickConnect endpoints or is an API key created by an administrator.
    pub fn custom_authentication(self, params: crate::runtime::AuthParams) -> Self {
        self.auth_params(params)
    }
}
/// Typed response headers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RetryAfterMessageHeaders {
    /// `Retry-After`: A hint for when to retry the operation in full seconds.
    pub retry_after: Option<i32>,
    /// `Message`: A short plain-text reason why the server is not available.
    pub message: Option<String>,
}
impl RetryAfterMessageHeaders {
    /// Read the headers from a response (absent or unparsable values are `None`).
    pub fn from_headers(headers: &reqwest::header::HeaderMap) -> Self {
        Self {
            retry_after: crate::runtime::header_value(headers, "Retry-After"),
            message: crate::runtime::header_value(headers, "Message"),
        }
    }
}
/// Request builder for [`Client::get_users`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetUsers<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    is_hidden: Option<bool>,
    is_disabled: Option<bool>,
}
impl<'a> GetUsers<'a> {
    /// Optional filter by IsHidden=true or false.
    pub fn is_hidden(mut self, value: bool) -> Self {
        self.is_hidden = Some(value);
        self
    }
    /// Optional filter by IsDisabled=true or false.
    pub fn is_disabled(mut self, value: bool) -> Self {
        self.is_disabled = Some(value);
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
    pub async fn send(self) -> Result<ResponseValue<Vec<types::UserDto>>, Error<GetUsersError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "getUsers",
            method: "GET",
            path: "/Users",
            security: &[&["CustomAuthentication"]],
            servers: &[],
            accept: Some(
                "application/json, application/json; profile=\"CamelCase\", application/json; profile=\"PascalCase\", text/html",
            ),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        if let Some(value) = &self.is_hidden {
            request.query("isHidden", value, crate::runtime::QueryStyle::Form, true);
        }
        if let Some(value) = &self.is_disabled {
            request.query("isDisabled", value, crate::runtime::QueryStyle::Form, true);
        }
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: Vec<types::UserDto> = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            503 => {
                let headers = RetryAfterMessageHeaders::from_headers(&raw.headers);
                let body: String = crate::runtime::decode_text(&raw)?;
                Err(Error::Api(Box::new(raw.into_value(
                    GetUsersError::ServiceUnavailable { body, headers },
                ))))
            }
            401 => Err(Error::Api(Box::new(
                raw.into_value(GetUsersError::Unauthorized),
            ))),
            403 => Err(Error::Api(Box::new(
                raw.into_value(GetUsersError::Forbidden),
            ))),
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for GetUsers<'a> {
    type Output = Result<ResponseValue<Vec<types::UserDto>>, Error<GetUsersError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::get_users`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetUsersError {
    /// `503`: The server is currently starting or is temporarily not available.
    ServiceUnavailable {
        body: String,
        headers: RetryAfterMessageHeaders,
    },
    /// `401`: Unauthorized
    Unauthorized,
    /// `403`: Forbidden
    Forbidden,
}
/// Request builder for [`Client::update_user`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateUser<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    user_id: Option<uuid::Uuid>,
    body: &'a types::UserDto,
}
impl<'a> UpdateUser<'a> {
    /// The user id.
    pub fn user_id(mut self, value: uuid::Uuid) -> Self {
        self.user_id = Some(value);
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
    pub async fn send(self) -> Result<ResponseValue<()>, Error<UpdateUserError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "updateUser",
            method: "POST",
            path: "/Users",
            security: &[&["CustomAuthentication"]],
            servers: &[],
            accept: Some(
                "application/json, application/json; profile=\"CamelCase\", application/json; profile=\"PascalCase\", text/html",
            ),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        if let Some(value) = &self.user_id {
            request.query("userId", value, crate::runtime::QueryStyle::Form, true);
        }
        let value = self.body;
        request.json("application/json", value);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            204 => Ok(raw.into_value(())),
            400 => {
                let body: types::ProblemDetails = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(UpdateUserError::BadRequest(body)),
                )))
            }
            403 => {
                let body: types::ProblemDetails = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(UpdateUserError::Forbidden(body)),
                )))
            }
            503 => {
                let headers = RetryAfterMessageHeaders::from_headers(&raw.headers);
                let body: String = crate::runtime::decode_text(&raw)?;
                Err(Error::Api(Box::new(raw.into_value(
                    UpdateUserError::ServiceUnavailable { body, headers },
                ))))
            }
            401 => Err(Error::Api(Box::new(
                raw.into_value(UpdateUserError::Unauthorized),
            ))),
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for UpdateUser<'a> {
    type Output = Result<ResponseValue<()>, Error<UpdateUserError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::update_user`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateUserError {
    /// `400`: User information was not supplied.
    BadRequest(types::ProblemDetails),
    /// `403`: User update forbidden.
    Forbidden(types::ProblemDetails),
    /// `503`: The server is currently starting or is temporarily not available.
    ServiceUnavailable {
        body: String,
        headers: RetryAfterMessageHeaders,
    },
    /// `401`: Unauthorized
    Unauthorized,
}
/// Request builder for [`Client::authenticate_user_by_name`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct AuthenticateUserByName<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    body: &'a types::AuthenticateUserByName,
}
impl<'a> AuthenticateUserByName<'a> {
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
    ) -> Result<ResponseValue<types::AuthenticationResult>, Error<AuthenticateUserByNameError>>
    {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "authenticateUserByName",
            method: "POST",
            path: "/Users/AuthenticateByName",
            security: &[],
            servers: &[],
            accept: Some(
                "application/json, application/json; profile=\"CamelCase\", application/json; profile=\"PascalCase\", text/html",
            ),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        let value = self.body;
        request.json("application/json", value);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::AuthenticationResult = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            503 => {
                let headers = RetryAfterMessageHeaders::from_headers(&raw.headers);
                let body: String = crate::runtime::decode_text(&raw)?;
                Err(Error::Api(Box::new(raw.into_value(
                    AuthenticateUserByNameError::ServiceUnavailable { body, headers },
                ))))
            }
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for AuthenticateUserByName<'a> {
    type Output =
        Result<ResponseValue<types::AuthenticationResult>, Error<AuthenticateUserByNameError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::authenticate_user_by_name`].
#[derive(Debug, Clone, PartialEq)]
pub enum AuthenticateUserByNameError {
    /// `503`: The server is currently starting or is temporarily not available.
    ServiceUnavailable {
        body: String,
        headers: RetryAfterMessageHeaders,
    },
}
/// Request builder for [`Client::authenticate_with_quick_connect`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct AuthenticateWithQuickConnect<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    body: &'a types::QuickConnectDto,
}
impl<'a> AuthenticateWithQuickConnect<'a> {
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
    ) -> Result<ResponseValue<types::AuthenticationResult>, Error<AuthenticateWithQuickConnectError>>
    {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "authenticateWithQuickConnect",
            method: "POST",
            path: "/Users/AuthenticateWithQuickConnect",
            security: &[],
            servers: &[],
            accept: Some(
                "application/json, application/json; profile=\"CamelCase\", application/json; profile=\"PascalCase\", text/html",
            ),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        let value = self.body;
        request.json("application/json", value);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::AuthenticationResult = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            400 => Err(Error::Api(Box::new(
                raw.into_value(AuthenticateWithQuickConnectError::BadRequest),
            ))),
            503 => {
                let headers = RetryAfterMessageHeaders::from_headers(&raw.headers);
                let body: String = crate::runtime::decode_text(&raw)?;
                Err(Error::Api(Box::new(raw.into_value(
                    AuthenticateWithQuickConnectError::ServiceUnavailable { body, headers },
                ))))
            }
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for AuthenticateWithQuickConnect<'a> {
    type Output = Result<
        ResponseValue<types::AuthenticationResult>,
        Error<AuthenticateWithQuickConnectError>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::authenticate_with_quick_connect`].
#[derive(Debug, Clone, PartialEq)]
pub enum AuthenticateWithQuickConnectError {
    /// `400`: Missing token.
    BadRequest,
    /// `503`: The server is currently starting or is temporarily not available.
    ServiceUnavailable {
        body: String,
        headers: RetryAfterMessageHeaders,
    },
}
/// Request builder for [`Client::update_user_configuration`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateUserConfiguration<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    user_id: Option<uuid::Uuid>,
    body: &'a types::UserConfiguration,
}
impl<'a> UpdateUserConfiguration<'a> {
    /// The user id.
    pub fn user_id(mut self, value: uuid::Uuid) -> Self {
        self.user_id = Some(value);
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
    pub async fn send(self) -> Result<ResponseValue<()>, Error<UpdateUserConfigurationError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "updateUserConfiguration",
            method: "POST",
            path: "/Users/Configuration",
            security: &[&["CustomAuthentication"]],
            servers: &[],
            accept: Some(
                "application/json, application/json; profile=\"CamelCase\", application/json; profile=\"PascalCase\", text/html",
            ),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        if let Some(value) = &self.user_id {
            request.query("userId", value, crate::runtime::QueryStyle::Form, true);
        }
        let value = self.body;
        request.json("application/json", value);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            204 => Ok(raw.into_value(())),
            403 => {
                let body: types::ProblemDetails = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(UpdateUserConfigurationError::Forbidden(body)),
                )))
            }
            503 => {
                let headers = RetryAfterMessageHeaders::from_headers(&raw.headers);
                let body: String = crate::runtime::decode_text(&raw)?;
                Err(Error::Api(Box::new(raw.into_value(
                    UpdateUserConfigurationError::ServiceUnavailable { body, headers },
                ))))
            }
            401 => Err(Error::Api(Box::new(
                raw.into_value(UpdateUserConfigurationError::Unauthorized),
            ))),
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for UpdateUserConfiguration<'a> {
    type Output = Result<ResponseValue<()>, Error<UpdateUserConfigurationError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::update_user_configuration`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateUserConfigurationError {
    /// `403`: User configuration update forbidden.
    Forbidden(types::ProblemDetails),
    /// `503`: The server is currently starting or is temporarily not available.
    ServiceUnavailable {
        body: String,
        headers: RetryAfterMessageHeaders,
    },
    /// `401`: Unauthorized
    Unauthorized,
}
/// Request builder for [`Client::forgot_password`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ForgotPassword<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    body: &'a types::ForgotPasswordDto,
}
impl<'a> ForgotPassword<'a> {
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
    ) -> Result<ResponseValue<types::ForgotPasswordResult>, Error<ForgotPasswordError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "forgotPassword",
            method: "POST",
            path: "/Users/ForgotPassword",
            security: &[],
            servers: &[],
            accept: Some(
                "application/json, application/json; profile=\"CamelCase\", application/json; profile=\"PascalCase\", text/html",
            ),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        let value = self.body;
        request.json("application/json", value);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::ForgotPasswordResult = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            503 => {
                let headers = RetryAfterMessageHeaders::from_headers(&raw.headers);
                let body: String = crate::runtime::decode_text(&raw)?;
                Err(Error::Api(Box::new(raw.into_value(
                    ForgotPasswordError::ServiceUnavailable { body, headers },
                ))))
            }
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for ForgotPassword<'a> {
    type Output = Result<ResponseValue<types::ForgotPasswordResult>, Error<ForgotPasswordError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::forgot_password`].
#[derive(Debug, Clone, PartialEq)]
pub enum ForgotPasswordError {
    /// `503`: The server is currently starting or is temporarily not available.
    ServiceUnavailable {
        body: String,
        headers: RetryAfterMessageHeaders,
    },
}
/// Request builder for [`Client::forgot_password_pin`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ForgotPasswordPin<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    body: &'a types::ForgotPasswordPinDto,
}
impl<'a> ForgotPasswordPin<'a> {
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
    ) -> Result<ResponseValue<types::PinRedeemResult>, Error<ForgotPasswordPinError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "forgotPasswordPin",
            method: "POST",
            path: "/Users/ForgotPassword/Pin",
            security: &[],
            servers: &[],
            accept: Some(
                "application/json, application/json; profile=\"CamelCase\", application/json; profile=\"PascalCase\", text/html",
            ),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        let value = self.body;
        request.json("application/json", value);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::PinRedeemResult = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            503 => {
                let headers = RetryAfterMessageHeaders::from_headers(&raw.headers);
                let body: String = crate::runtime::decode_text(&raw)?;
                Err(Error::Api(Box::new(raw.into_value(
                    ForgotPasswordPinError::ServiceUnavailable { body, headers },
                ))))
            }
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for ForgotPasswordPin<'a> {
    type Output = Result<ResponseValue<types::PinRedeemResult>, Error<ForgotPasswordPinError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::forgot_password_pin`].
#[derive(Debug, Clone, PartialEq)]
pub enum ForgotPasswordPinError {
    /// `503`: The server is currently starting or is temporarily not available.
    ServiceUnavailable {
        body: String,
        headers: RetryAfterMessageHeaders,
    },
}
/// Request builder for [`Client::get_current_user`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetCurrentUser<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetCurrentUser<'a> {
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
    pub async fn send(self) -> Result<ResponseValue<types::UserDto>, Error<GetCurrentUserError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "getCurrentUser",
            method: "GET",
            path: "/Users/Me",
            security: &[&["CustomAuthentication"]],
            servers: &[],
            accept: Some(
                "application/json, application/json; profile=\"CamelCase\", application/json; profile=\"PascalCase\", text/html",
            ),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::UserDto = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            400 => {
                let body: types::ProblemDetails = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(GetCurrentUserError::BadRequest(body)),
                )))
            }
            503 => {
                let headers = RetryAfterMessageHeaders::from_headers(&raw.headers);
                let body: String = crate::runtime::decode_text(&raw)?;
                Err(Error::Api(Box::new(raw.into_value(
                    GetCurrentUserError::ServiceUnavailable { body, headers },
                ))))
            }
            401 => Err(Error::Api(Box::new(
                raw.into_value(GetCurrentUserError::Unauthorized),
            ))),
            403 => Err(Error::Api(Box::new(
                raw.into_value(GetCurrentUserError::Forbidden),
            ))),
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for GetCurrentUser<'a> {
    type Output = Result<ResponseValue<types::UserDto>, Error<GetCurrentUserError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::get_current_user`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetCurrentUserError {
    /// `400`: Token is not owned by a user.
    BadRequest(types::ProblemDetails),
    /// `503`: The server is currently starting or is temporarily not available.
    ServiceUnavailable {
        body: String,
        headers: RetryAfterMessageHeaders,
    },
    /// `401`: Unauthorized
    Unauthorized,
    /// `403`: Forbidden
    Forbidden,
}
/// Request builder for [`Client::create_user_by_name`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateUserByName<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    body: &'a types::CreateUserByName,
}
impl<'a> CreateUserByName<'a> {
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
    pub async fn send(self) -> Result<ResponseValue<types::UserDto>, Error<CreateUserByNameError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "createUserByName",
            method: "POST",
            path: "/Users/New",
            security: &[&["CustomAuthentication"]],
            servers: &[],
            accept: Some(
                "application/json, application/json; profile=\"CamelCase\", application/json; profile=\"PascalCase\", text/html",
            ),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        let value = self.body;
        request.json("application/json", value);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::UserDto = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            503 => {
                let headers = RetryAfterMessageHeaders::from_headers(&raw.headers);
                let body: String = crate::runtime::decode_text(&raw)?;
                Err(Error::Api(Box::new(raw.into_value(
                    CreateUserByNameError::ServiceUnavailable { body, headers },
                ))))
            }
            401 => Err(Error::Api(Box::new(
                raw.into_value(CreateUserByNameError::Unauthorized),
            ))),
            403 => Err(Error::Api(Box::new(
                raw.into_value(CreateUserByNameError::Forbidden),
            ))),
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for CreateUserByName<'a> {
    type Output = Result<ResponseValue<types::UserDto>, Error<CreateUserByNameError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::create_user_by_name`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateUserByNameError {
    /// `503`: The server is currently starting or is temporarily not available.
    ServiceUnavailable {
        body: String,
        headers: RetryAfterMessageHeaders,
    },
    /// `401`: Unauthorized
    Unauthorized,
    /// `403`: Forbidden
    Forbidden,
}
/// Request builder for [`Client::update_user_password`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateUserPassword<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    user_id: Option<uuid::Uuid>,
    body: &'a types::UpdateUserPassword,
}
impl<'a> UpdateUserPassword<'a> {
    /// The user id.
    pub fn user_id(mut self, value: uuid::Uuid) -> Self {
        self.user_id = Some(value);
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
    pub async fn send(self) -> Result<ResponseValue<()>, Error<UpdateUserPasswordError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "updateUserPassword",
            method: "POST",
            path: "/Users/Password",
            security: &[&["CustomAuthentication"]],
            servers: &[],
            accept: Some(
                "application/json, application/json; profile=\"CamelCase\", application/json; profile=\"PascalCase\", text/html",
            ),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        if let Some(value) = &self.user_id {
            request.query("userId", value, crate::runtime::QueryStyle::Form, true);
        }
        let value = self.body;
        request.json("application/json", value);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            204 => Ok(raw.into_value(())),
            403 => {
                let body: types::ProblemDetails = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(UpdateUserPasswordError::Forbidden(body)),
                )))
            }
            404 => {
                let body: types::ProblemDetails = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(UpdateUserPasswordError::NotFound(body)),
                )))
            }
            503 => {
                let headers = RetryAfterMessageHeaders::from_headers(&raw.headers);
                let body: String = crate::runtime::decode_text(&raw)?;
                Err(Error::Api(Box::new(raw.into_value(
                    UpdateUserPasswordError::ServiceUnavailable { body, headers },
                ))))
            }
            401 => Err(Error::Api(Box::new(
                raw.into_value(UpdateUserPasswordError::Unauthorized),
            ))),
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for UpdateUserPassword<'a> {
    type Output = Result<ResponseValue<()>, Error<UpdateUserPasswordError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::update_user_password`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateUserPasswordError {
    /// `403`: User is not allowed to update the password.
    Forbidden(types::ProblemDetails),
    /// `404`: User not found.
    NotFound(types::ProblemDetails),
    /// `503`: The server is currently starting or is temporarily not available.
    ServiceUnavailable {
        body: String,
        headers: RetryAfterMessageHeaders,
    },
    /// `401`: Unauthorized
    Unauthorized,
}
/// Request builder for [`Client::get_public_users`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPublicUsers<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
}
impl<'a> GetPublicUsers<'a> {
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
    ) -> Result<ResponseValue<Vec<types::UserDto>>, Error<GetPublicUsersError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "getPublicUsers",
            method: "GET",
            path: "/Users/Public",
            security: &[],
            servers: &[],
            accept: Some(
                "application/json, application/json; profile=\"CamelCase\", application/json; profile=\"PascalCase\", text/html",
            ),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: Vec<types::UserDto> = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            503 => {
                let headers = RetryAfterMessageHeaders::from_headers(&raw.headers);
                let body: String = crate::runtime::decode_text(&raw)?;
                Err(Error::Api(Box::new(raw.into_value(
                    GetPublicUsersError::ServiceUnavailable { body, headers },
                ))))
            }
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for GetPublicUsers<'a> {
    type Output = Result<ResponseValue<Vec<types::UserDto>>, Error<GetPublicUsersError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::get_public_users`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetPublicUsersError {
    /// `503`: The server is currently starting or is temporarily not available.
    ServiceUnavailable {
        body: String,
        headers: RetryAfterMessageHeaders,
    },
}
/// Request builder for [`Client::get_user_by_id`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetUserById<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    user_id: uuid::Uuid,
}
impl<'a> GetUserById<'a> {
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
    pub async fn send(self) -> Result<ResponseValue<types::UserDto>, Error<GetUserByIdError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "getUserById",
            method: "GET",
            path: "/Users/{userId}",
            security: &[&["CustomAuthentication"]],
            servers: &[],
            accept: Some(
                "application/json, application/json; profile=\"CamelCase\", application/json; profile=\"PascalCase\", text/html",
            ),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("userId", &self.user_id);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            200 => {
                let body: types::UserDto = crate::runtime::decode_json(&raw)?;
                Ok(raw.into_value(body))
            }
            404 => {
                let body: types::ProblemDetails = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(GetUserByIdError::NotFound(body)),
                )))
            }
            503 => {
                let headers = RetryAfterMessageHeaders::from_headers(&raw.headers);
                let body: String = crate::runtime::decode_text(&raw)?;
                Err(Error::Api(Box::new(raw.into_value(
                    GetUserByIdError::ServiceUnavailable { body, headers },
                ))))
            }
            401 => Err(Error::Api(Box::new(
                raw.into_value(GetUserByIdError::Unauthorized),
            ))),
            403 => Err(Error::Api(Box::new(
                raw.into_value(GetUserByIdError::Forbidden),
            ))),
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for GetUserById<'a> {
    type Output = Result<ResponseValue<types::UserDto>, Error<GetUserByIdError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::get_user_by_id`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserByIdError {
    /// `404`: User not found.
    NotFound(types::ProblemDetails),
    /// `503`: The server is currently starting or is temporarily not available.
    ServiceUnavailable {
        body: String,
        headers: RetryAfterMessageHeaders,
    },
    /// `401`: Unauthorized
    Unauthorized,
    /// `403`: Forbidden
    Forbidden,
}
/// Request builder for [`Client::delete_user`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteUser<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    user_id: uuid::Uuid,
}
impl<'a> DeleteUser<'a> {
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
    pub async fn send(self) -> Result<ResponseValue<()>, Error<DeleteUserError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "deleteUser",
            method: "DELETE",
            path: "/Users/{userId}",
            security: &[&["CustomAuthentication"]],
            servers: &[],
            accept: Some(
                "application/json, application/json; profile=\"CamelCase\", application/json; profile=\"PascalCase\", text/html",
            ),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("userId", &self.user_id);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            204 => Ok(raw.into_value(())),
            404 => {
                let body: types::ProblemDetails = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(DeleteUserError::NotFound(body)),
                )))
            }
            503 => {
                let headers = RetryAfterMessageHeaders::from_headers(&raw.headers);
                let body: String = crate::runtime::decode_text(&raw)?;
                Err(Error::Api(Box::new(raw.into_value(
                    DeleteUserError::ServiceUnavailable { body, headers },
                ))))
            }
            401 => Err(Error::Api(Box::new(
                raw.into_value(DeleteUserError::Unauthorized),
            ))),
            403 => Err(Error::Api(Box::new(
                raw.into_value(DeleteUserError::Forbidden),
            ))),
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for DeleteUser<'a> {
    type Output = Result<ResponseValue<()>, Error<DeleteUserError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::delete_user`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteUserError {
    /// `404`: User not found.
    NotFound(types::ProblemDetails),
    /// `503`: The server is currently starting or is temporarily not available.
    ServiceUnavailable {
        body: String,
        headers: RetryAfterMessageHeaders,
    },
    /// `401`: Unauthorized
    Unauthorized,
    /// `403`: Forbidden
    Forbidden,
}
/// Request builder for [`Client::update_user_policy`]: set optional parameters, then `.send()` or `.await`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateUserPolicy<'a> {
    client: &'a Client,
    options: crate::runtime::RequestOptions,
    user_id: uuid::Uuid,
    body: &'a types::UserPolicy,
}
impl<'a> UpdateUserPolicy<'a> {
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
    pub async fn send(self) -> Result<ResponseValue<()>, Error<UpdateUserPolicyError>> {
        static OP: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: "updateUserPolicy",
            method: "POST",
            path: "/Users/{userId}/Policy",
            security: &[&["CustomAuthentication"]],
            servers: &[],
            accept: Some(
                "application/json, application/json; profile=\"CamelCase\", application/json; profile=\"PascalCase\", text/html",
            ),
        };
        #[allow(unused_mut)]
        let mut request = crate::runtime::Request::new(&OP);
        request.path_param("userId", &self.user_id);
        let value = self.body;
        request.json("application/json", value);
        let raw = self.client.core.execute(request, self.options).await?;
        match raw.status.as_u16() {
            204 => Ok(raw.into_value(())),
            400 => {
                let body: types::ProblemDetails = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(UpdateUserPolicyError::BadRequest(body)),
                )))
            }
            403 => {
                let body: types::ProblemDetails = crate::runtime::decode_json(&raw)?;
                Err(Error::Api(Box::new(
                    raw.into_value(UpdateUserPolicyError::Forbidden(body)),
                )))
            }
            503 => {
                let headers = RetryAfterMessageHeaders::from_headers(&raw.headers);
                let body: String = crate::runtime::decode_text(&raw)?;
                Err(Error::Api(Box::new(raw.into_value(
                    UpdateUserPolicyError::ServiceUnavailable { body, headers },
                ))))
            }
            401 => Err(Error::Api(Box::new(
                raw.into_value(UpdateUserPolicyError::Unauthorized),
            ))),
            _ => Err(Error::UnexpectedStatus(Box::new(raw))),
        }
    }
}
impl<'a> std::future::IntoFuture for UpdateUserPolicy<'a> {
    type Output = Result<ResponseValue<()>, Error<UpdateUserPolicyError>>;
    type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
/// Documented error responses of [`Client::update_user_policy`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateUserPolicyError {
    /// `400`: User policy was not supplied.
    BadRequest(types::ProblemDetails),
    /// `403`: User policy update forbidden.
    Forbidden(types::ProblemDetails),
    /// `503`: The server is currently starting or is temporarily not available.
    ServiceUnavailable {
        body: String,
        headers: RetryAfterMessageHeaders,
    },
    /// `401`: Unauthorized
    Unauthorized,
}
