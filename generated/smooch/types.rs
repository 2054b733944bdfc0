//! Models of Smooch, from the spec's schemas.
//!
//! Unknown JSON fields are ignored when decoding; enums keep values this version of the
//! spec does not list (`Other`), so a server that adds one does not break the client.
/// Schema: `#/components/schemas/Action`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Action {
    /// The action type.
    pub r#type: String,
    /// The button text.
    pub text: String,
    /// The payload to be sent with the resulting webhook. Required for postback and reply actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<String>,
    /// Flat JSON object containing any custom properties associated with the action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The amount being charged. It needs to be specified in cents and is an integer. Required for buy actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// The currency of the amount being charged (USD, CAD, etc.).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Flag indicating if the message action is the default for a message item in Facebook Messenger.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
    /// An icon to render next to the reply option (Facebook Messenger and Web Messenger only).
    #[serde(rename = "iconUrl", default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    /// The action URI. This is the link that will be used in the clients when clicking the button. Required for link and webview actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// The webview action fallback uri. This is the link that will be used in clients that do not support webviews. Required for webview actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback: Option<String>,
    /// The size used to display the webview. Allowed values are compact, tall and full. (Optional) Used for webview actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// Extra options to pass directly to the channel API. See Extra Channel Options (https://docs.smooch.io/rest#extra-channel-options-schema).
    #[serde(
        rename = "extraChannelOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub extra_channel_options: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}
/// Schema: `#/components/schemas/AppUser`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AppUser {
    /// The app user's ID, generated automatically.
    #[serde(rename = "_id")]
    pub id: String,
    /// The app user's userId. This ID is specified by the appMaker.
    #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The app user's given name.
    #[serde(rename = "givenName", default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// The app user's surname.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub surname: Option<String>,
    /// The app user's email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// A datetime string with the format yyyy-mm-ddThh:mm:ssZ representing the moment an appUser was created.
    #[serde(
        rename = "signedUpAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub signed_up_at: Option<String>,
    /// Custom properties for the app user.
    pub properties: std::collections::BTreeMap<String, serde_json::Value>,
    /// Flag indicating if the conversation has started for the app user.
    #[serde(rename = "conversationStarted")]
    pub conversation_started: bool,
    /// Flag indicating if the appUser is secured by a JSON Web Token or not.
    #[serde(
        rename = "credentialRequired",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credential_required: Option<bool>,
    /// List of clients associated with the app user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clients: Option<Vec<Client>>,
    /// As clients, but containing linked clients which have not been confirmed yet (i.e. Twilio SMS).
    #[serde(
        rename = "pendingClients",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pending_clients: Option<Vec<Client>>,
}
/// Schema: `#/components/schemas/AppUserBusinessSystemsResponse`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AppUserBusinessSystemsResponse {
    /// An array of objects containing the business system type and the id.
    #[serde(rename = "businessSystems")]
    pub business_systems: Vec<BusinessSystemItem>,
}
/// Schema: `#/components/schemas/AppUserChannelsResponse`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AppUserChannelsResponse {
    /// An array of objects containing the channel type and the entity id.
    pub channels: Vec<ChannelEntityItem>,
}
/// Schema: `#/components/schemas/AppUserLink`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AppUserLink {
    /// The type of the channel to link.
    pub r#type: String,
    /// A String of the appUser's phone number. It must contain the + prefix and the country code. Required for messenger, twilio and messagebird linking.
    #[serde(
        rename = "phoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub phone_number: Option<String>,
    /// A String of the appUser's email address. Required for mailgun linking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// A String of the appUser's given name. Used as additional criteria to increase the likelihood of a match. (Optional) Used for messenger linking.
    #[serde(rename = "givenName", default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// A String of the appUser's surname. Used as additional criteria to increase the likelihood of a match. (Optional) Used for messenger linking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub surname: Option<String>,
    /// Subject for the outgoing email. (Optional) Used for mailgun linking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// (Deprecated, use confirmation instead) Flag indicating if the linking confirmation should be skipped.
    #[serde(
        rename = "skipConfirmation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub skip_confirmation: Option<String>,
    /// Allows you to specify the strategy used to initiate a link with the target user.
    pub confirmation: Confirmation,
}
/// Schema: `#/components/schemas/AppUserPreCreate`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AppUserPreCreate {
    /// The app user's userId. This ID is specified by the appMaker.
    #[serde(rename = "userId")]
    pub user_id: String,
    /// Flag indicating if the appUser is secured by a JSON Web Token or not.
    #[serde(
        rename = "credentialRequired",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credential_required: Option<bool>,
    /// The app user's given name.
    #[serde(rename = "givenName", default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// The app user's surname.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub surname: Option<String>,
    /// The app user's email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// A datetime string with the format yyyy-mm-ddThh:mm:ssZ representing the moment an appUser was created.
    #[serde(
        rename = "signedUpAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub signed_up_at: Option<String>,
    /// Custom properties for the app user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}
/// Schema: `#/components/schemas/AppUserResponse`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AppUserResponse {
    /// The app user.
    #[serde(rename = "appUser")]
    pub app_user: AppUser,
}
/// Schema: `#/components/schemas/AppUserUpdate`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AppUserUpdate {
    /// The app user's given name.
    #[serde(rename = "givenName", default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// The app user's surname.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub surname: Option<String>,
    /// The app user's email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// A datetime string with the format yyyy-mm-ddThh:mm:ssZ representing the moment an appUser was created.
    #[serde(
        rename = "signedUpAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub signed_up_at: Option<String>,
    /// Custom properties for the app user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}
/// Schema: `#/components/schemas/AuthCodeResponse`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AuthCodeResponse {
    /// The auth code
    #[serde(rename = "authCode")]
    pub auth_code: String,
}
/// Schema: `#/components/schemas/BusinessSystemItem`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct BusinessSystemItem {
    /// The type of business system (ex. slack, hipchat, zendesk etc...)
    pub r#type: String,
    /// The channel id for a slack integration
    #[serde(rename = "channelId", default, skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// The ticket id for a zendesk integration
    #[serde(rename = "ticketId", default, skip_serializing_if = "Option::is_none")]
    pub ticket_id: Option<String>,
    /// The room id for a hipchat integration
    #[serde(rename = "roomId", default, skip_serializing_if = "Option::is_none")]
    pub room_id: Option<i64>,
    /// The conversation id for a helpscout integration
    #[serde(
        rename = "conversationId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub conversation_id: Option<String>,
}
/// Schema: `#/components/schemas/ChannelEntityItem`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ChannelEntityItem {
    /// The type of channel (ex. messenger, viber, twilio etc...)
    pub r#type: String,
    /// The phone number for a twilio, messageBird integration
    #[serde(
        rename = "phoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub phone_number: Option<String>,
    /// The userId for a messenger, viber, line, wechat integration
    #[serde(rename = "userId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The email address for a frontendEmail, mailgun integration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The chat id for a telegram integration
    #[serde(rename = "chatId", default, skip_serializing_if = "Option::is_none")]
    pub chat_id: Option<String>,
}
/// Schema: `#/components/schemas/Client`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Client {
    /// An identifier for the client. Must be globally unique.
    pub id: String,
    /// Flag indicating if the client is active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// The date time the client was last seen.
    #[serde(rename = "lastSeen", default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<chrono::DateTime<chrono::Utc>>,
    /// The client's platform.
    pub platform: String,
    /// The GCM or APN token to be used for sending push notifications to the device. Applies to only android and ios clients.
    #[serde(
        rename = "pushNotificationToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub push_notification_token: Option<String>,
    /// A reserved string field for reporting the app version running on the device.
    #[serde(
        rename = "appVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_version: Option<String>,
    /// The client's display name.
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info: Option<ClientInfo>,
    /// An Object with raw properties that vary for each client platform. All keys are optional and not guaranteed to be available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}
/// Schema: `#/components/schemas/ClientInfo`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ClientInfo {
    /// Name of the app associated with the client.
    #[serde(rename = "appName", default, skip_serializing_if = "Option::is_none")]
    pub app_name: Option<String>,
    /// The client's avatar URL.
    #[serde(rename = "avatarUrl", default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// The client's carrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    /// The client's city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The client's country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The client's device model.
    #[serde(
        rename = "deviceModel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_model: Option<String>,
    /// The client's device platform.
    #[serde(
        rename = "devicePlatform",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_platform: Option<String>,
    /// The client user's gender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    /// Whether or not payment is enabled for client.
    #[serde(
        rename = "isPaymentEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_payment_enabled: Option<bool>,
    /// The client's locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The client's OS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os: Option<String>,
    /// The client's OS version.
    #[serde(rename = "osVersion", default, skip_serializing_if = "Option::is_none")]
    pub os_version: Option<String>,
    /// The client's phone number.
    #[serde(
        rename = "phoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub phone_number: Option<String>,
    /// The client's radioAccessTechnology (Ex. HSDPA).
    #[serde(
        rename = "radioAccessTechnology",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub radio_access_technology: Option<String>,
    /// The client's state or province.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The client's timezone offset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<i64>,
    /// Whether or not the client has wifi.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wifi: Option<String>,
}
/// Schema: `#/components/schemas/Confirmation`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Confirmation {
    /// The confirmation type.
    pub r#type: String,
    /// The message used to reach out to the user. Must be a valid message object as per the post message API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<Message>,
}
/// Schema: `#/components/schemas/Conversation`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Conversation {
    /// The conversation ID, generated automatically.
    #[serde(rename = "_id")]
    pub id: String,
    /// The number of unread messages in the conversation.
    #[serde(rename = "unreadCount")]
    pub unread_count: i64,
}
/// Schema: `#/components/schemas/DisplaySettings`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct DisplaySettings {
    /// Specifies how to display all carousel images. Valid values are horizontal (default) and square.
    #[serde(
        rename = "imageAspectRatio",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_aspect_ratio: Option<String>,
}
/// Error body returned by the Smooch v1 API for non-2xx responses.
///
/// Schema: `#/components/schemas/ErrorResponse`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorResponse {
    pub error: ErrorResponseError,
}
/// Schema: `#/components/schemas/ErrorResponse/properties/error`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ErrorResponseError {
    /// Machine-readable error code, e.g. unauthorized, bad_request, not_found.
    pub code: String,
    /// Human-readable description of the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
/// Schema: `#/components/schemas/LinkRequestResponse`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LinkRequestResponse {
    /// The list of link requests.
    #[serde(
        rename = "linkRequests",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub link_requests: Option<Vec<LinkRequestResponseLinkRequests>>,
}
/// Schema: `#/components/schemas/LinkRequestResponse_linkRequests`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LinkRequestResponseLinkRequests {
    /// The integration ID.
    #[serde(rename = "integrationId")]
    pub integration_id: String,
    /// The integration type.
    pub r#type: String,
    /// The link request code.
    pub code: String,
    /// The link request url.
    pub url: String,
}
/// Schema: `#/components/schemas/Message`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Message {
    /// The message ID, generated automatically.
    #[serde(rename = "_id")]
    pub id: String,
    /// The ID of the message's author.
    #[serde(rename = "authorId")]
    pub author_id: String,
    /// The role of the individual posting the message. Can be either appUser or appMaker.
    pub role: String,
    /// The message type.
    pub r#type: String,
    /// The source of the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// The display name of the message author.
    pub name: String,
    /// The message text. Required for text messages.
    pub text: String,
    /// The email address of the message author.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The URL of the desired message avatar image.
    #[serde(rename = "avatarUrl")]
    pub avatar_url: String,
    /// The unix timestamp of the moment the message was received.
    pub received: f64,
    /// The mediaUrl for the message. Required for image/file messages.
    #[serde(rename = "mediaUrl", default, skip_serializing_if = "Option::is_none")]
    pub media_url: Option<String>,
    /// The mediaType for the message. Required for image/file messages.
    #[serde(rename = "mediaType", default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// Flat JSON object containing any custom properties associated with the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The items in the message list. Required for carousel and list messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<MessageItem>>,
    /// The actions in the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<Vec<Action>>,
    /// The payload of a reply action, if applicable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<String>,
    /// Settings to adjust the carousel layout. See Display Settings (https://docs.smooch.io/rest/#display-settings).
    #[serde(
        rename = "displaySettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_settings: Option<DisplaySettings>,
}
/// Schema: `#/components/schemas/MessageItem`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct MessageItem {
    /// The title of the message item.
    pub title: String,
    /// The text description, or subtitle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The image URL to be shown in the carousel/list item.
    #[serde(rename = "mediaUrl", default, skip_serializing_if = "Option::is_none")]
    pub media_url: Option<String>,
    /// The size of the image to be shown in the carousel/list item. Only top item of Facebook Messenger carousel supported. Choose from compact and large.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// If a mediaUrl was specified, the media type is defined here, for example image/jpeg.
    #[serde(rename = "mediaType", default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// Array of action buttons (https://docs.smooch.io/rest/#action-buttons). At least 1 is required, a maximum of 3 are allowed.
    pub actions: Vec<Action>,
}
/// Schema: `#/components/schemas/MessageResponse`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MessageResponse {
    /// The message.
    pub message: Message,
    /// List of extra messages created.
    #[serde(
        rename = "extraMessages",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub extra_messages: Option<Vec<Message>>,
    /// The conversation.
    pub conversation: Conversation,
}
/// Schema: `#/components/schemas/Source`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Source {
    /// An identifier used by Smooch for internal purposes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// An identifier for the channel from which a message originated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
