//! Models of Xero OAuth 2 Identity Service API, from the spec's schemas.
//!
//! Unknown JSON fields are ignored when decoding; enums keep values this version of the
//! spec does not list (`Other`), so a server that adds one does not break the client.
/// Schema: `#/components/schemas/Connection`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Connection {
    /// Xero identifier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    /// Xero identifier of organisation
    #[serde(rename = "tenantId", default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<uuid::Uuid>,
    /// Identifier shared across connections authorised at the same time
    #[serde(
        rename = "authEventId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auth_event_id: Option<uuid::Uuid>,
    /// Xero tenant type (i.e. ORGANISATION, PRACTICE)
    #[serde(
        rename = "tenantType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tenant_type: Option<String>,
    /// Xero tenant name
    #[serde(
        rename = "tenantName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tenant_name: Option<String>,
    /// The date when the user connected this tenant to your app
    #[serde(
        rename = "createdDateUtc",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub created_date_utc: Option<chrono::DateTime<chrono::Utc>>,
    /// The date when the user most recently connected this tenant to your app. May differ to the created date if the user has disconnected and subsequently reconnected this tenant to your app.
    #[serde(
        rename = "updatedDateUtc",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_date_utc: Option<chrono::DateTime<chrono::Utc>>,
}
