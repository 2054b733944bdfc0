//! Models of Ostrom API, from the spec's schemas.
//!
//! Unknown JSON fields are ignored when decoding; enums keep values this version of the
//! spec does not list (`Other`), so a server that adds one does not break the client.
/// Schema: `#/components/schemas/BadRequestError400`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct BadRequestError400 {
    /// The type of the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A human-readable message providing more details about the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}
/// Schema: `#/components/schemas/BadRequestError404`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct BadRequestError404 {
    /// The type of the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A human-readable message providing more details about the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}
/// Schema: `#/components/schemas/GetMeResponse`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GetMeResponse {
    /// The email address of the user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The first name of the user
    #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The last name of the user
    #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The language of the user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<GetMeResponseLanguage>,
}
/// The language of the user
///
/// Schema: `#/components/schemas/GetMeResponse/properties/language`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetMeResponseLanguage {
    /// `ENGLISH`
    English,
    /// `GERMAN`
    German,
    /// A value this version of the spec does not list.
    Other(String),
}
impl GetMeResponseLanguage {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::English => "ENGLISH",
            Self::German => "GERMAN",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for GetMeResponseLanguage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for GetMeResponseLanguage {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "ENGLISH" => Self::English,
            "GERMAN" => Self::German,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for GetMeResponseLanguage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for GetMeResponseLanguage {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/TooManyRequestError429`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TooManyRequestError429 {
    /// The type of the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A human-readable message providing more details about the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}
/// Schema: `#/components/schemas/UnauthorizedError401`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UnauthorizedError401 {
    /// The type of the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A human-readable message providing more details about the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}
/// Schema: `#/components/schemas/UserLinkResponse`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UserLinkResponse {
    /// The url used inside the partner app to open the Ostrom linking page
    #[serde(rename = "linkUrl", default, skip_serializing_if = "Option::is_none")]
    pub link_url: Option<String>,
}
/// Schema: `#/components/schemas/UsersLinkBody`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsersLinkBody {
    /// Partner user unique identifier
    #[serde(rename = "externalUserId")]
    pub external_user_id: String,
    /// Partner referral code to provide a discount to the user in case of signup, if not provided the signup is disabled during the account linking.
    #[serde(
        rename = "referralCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub referral_code: Option<String>,
    /// Language of the Ostrom connect page.
    pub language: UsersLinkBodyLanguage,
    /// Partner mobile app page link where the user is redirected after connect the contract.
    #[serde(rename = "redirectUrl")]
    pub redirect_url: String,
    /// The scopes you wish to request access to when linking the user contract.
    pub scopes: Vec<UsersLinkBodyScopesItem>,
}
/// Language of the Ostrom connect page.
///
/// Schema: `#/components/schemas/UsersLinkBody/properties/language`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsersLinkBodyLanguage {
    /// `en-US`
    EnUs,
    /// `de-DE`
    DeDe,
    /// A value this version of the spec does not list.
    Other(String),
}
impl UsersLinkBodyLanguage {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EnUs => "en-US",
            Self::DeDe => "de-DE",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for UsersLinkBodyLanguage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for UsersLinkBodyLanguage {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "en-US" => Self::EnUs,
            "de-DE" => Self::DeDe,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for UsersLinkBodyLanguage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for UsersLinkBodyLanguage {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/UsersLinkBody/properties/scopes/items`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsersLinkBodyScopesItem {
    /// `order:read:data`
    OrderReadData,
    /// `contract:read:data`
    ContractReadData,
    /// A value this version of the spec does not list.
    Other(String),
}
impl UsersLinkBodyScopesItem {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrderReadData => "order:read:data",
            Self::ContractReadData => "contract:read:data",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for UsersLinkBodyScopesItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for UsersLinkBodyScopesItem {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "order:read:data" => Self::OrderReadData,
            "contract:read:data" => Self::ContractReadData,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for UsersLinkBodyScopesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for UsersLinkBodyScopesItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
