//! Models of Emby Server REST API, from the spec's schemas.
//!
//! Unknown JSON fields are ignored when decoding; enums keep values this version of the
//! spec does not list (`Other`), so a server that adds one does not break the client.
/// Result of exchanging an Emby Connect user id for a local user (Emby.Server.Connect.ConnectAuthenticationExchangeResult).
///
/// Schema: `#/components/schemas/ConnectConnectAuthenticationExchangeResult`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ConnectConnectAuthenticationExchangeResult {
    #[serde(
        rename = "LocalUserId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub local_user_id: Option<String>,
    #[serde(
        rename = "AccessToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_token: Option<String>,
}
/// Result of creating an Emby Connect link for a user (MediaBrowser.Controller.Connect.UserLinkResult).
///
/// Schema: `#/components/schemas/ConnectUserLinkResult`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ConnectUserLinkResult {
    #[serde(rename = "IsPending", default, skip_serializing_if = "Option::is_none")]
    pub is_pending: Option<bool>,
    #[serde(
        rename = "IsNewUserInvitation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_new_user_invitation: Option<bool>,
    #[serde(
        rename = "GuestDisplayName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub guest_display_name: Option<String>,
}
