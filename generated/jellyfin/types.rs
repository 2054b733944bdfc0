//! Models of Jellyfin API, from the spec's schemas.
//!
//! Unknown JSON fields are ignored when decoding; enums keep values this version of the
//! spec does not list (`Other`), so a server that adds one does not break the client.
/// An entity representing a user's access schedule.
///
/// Schema: `#/components/schemas/AccessSchedule`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AccessSchedule {
    /// Gets the id of this instance.
    ///
    /// Read-only: sent by the server, ignored in requests.
    #[serde(rename = "Id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i32>,
    /// Gets the id of the associated user.
    #[serde(rename = "UserId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<uuid::Uuid>,
    /// Gets or sets the day of week.
    #[serde(rename = "DayOfWeek", default, skip_serializing_if = "Option::is_none")]
    pub day_of_week: Option<DynamicDayOfWeek>,
    /// Gets or sets the start hour.
    #[serde(rename = "StartHour", default, skip_serializing_if = "Option::is_none")]
    pub start_hour: Option<f64>,
    /// Gets or sets the end hour.
    #[serde(rename = "EndHour", default, skip_serializing_if = "Option::is_none")]
    pub end_hour: Option<f64>,
}
/// An enum representing formats of spatial audio.
///
/// Schema: `#/components/schemas/AudioSpatialFormat`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AudioSpatialFormat {
    /// `None`
    None,
    /// `DolbyAtmos`
    DolbyAtmos,
    /// `DTSX`
    Dtsx,
    /// A value this version of the spec does not list.
    Other(String),
}
impl AudioSpatialFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::DolbyAtmos => "DolbyAtmos",
            Self::Dtsx => "DTSX",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for AudioSpatialFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for AudioSpatialFormat {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "None" => Self::None,
            "DolbyAtmos" => Self::DolbyAtmos,
            "DTSX" => Self::Dtsx,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for AudioSpatialFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AudioSpatialFormat {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// The authenticate user by name request body.
///
/// Schema: `#/components/schemas/AuthenticateUserByName`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AuthenticateUserByName {
    /// Gets or sets the username.
    #[serde(rename = "Username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Gets or sets the plain text password.
    #[serde(rename = "Pw", default, skip_serializing_if = "Option::is_none")]
    pub pw: Option<String>,
}
/// A class representing an authentication result.
///
/// Schema: `#/components/schemas/AuthenticationResult`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AuthenticationResult {
    /// Class UserDto.
    #[serde(rename = "User", default, skip_serializing_if = "Option::is_none")]
    pub user: Option<UserDto>,
    /// Session info DTO.
    #[serde(
        rename = "SessionInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub session_info: Option<SessionInfoDto>,
    /// Gets or sets the access token.
    #[serde(
        rename = "AccessToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_token: Option<String>,
    /// Gets or sets the server id.
    #[serde(rename = "ServerId", default, skip_serializing_if = "Option::is_none")]
    pub server_id: Option<String>,
}
/// This is strictly used as a data transfer object from the api layer. This holds information about a BaseItem in a format that is convenient for the client.
///
/// Schema: `#/components/schemas/BaseItemDto`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct BaseItemDto {
    /// Gets or sets the name.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(
        rename = "OriginalTitle",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub original_title: Option<String>,
    /// Gets or sets the server identifier.
    #[serde(rename = "ServerId", default, skip_serializing_if = "Option::is_none")]
    pub server_id: Option<String>,
    /// Gets or sets the id.
    #[serde(rename = "Id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    /// Gets or sets the etag.
    #[serde(rename = "Etag", default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Gets or sets the type of the source.
    #[serde(
        rename = "SourceType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_type: Option<String>,
    /// Gets or sets the playlist item identifier.
    #[serde(
        rename = "PlaylistItemId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub playlist_item_id: Option<String>,
    /// Gets or sets the date created.
    #[serde(
        rename = "DateCreated",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub date_created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(
        rename = "DateLastMediaAdded",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub date_last_media_added: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "ExtraType", default, skip_serializing_if = "Option::is_none")]
    pub extra_type: Option<ExtraType>,
    #[serde(
        rename = "AirsBeforeSeasonNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub airs_before_season_number: Option<i32>,
    #[serde(
        rename = "AirsAfterSeasonNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub airs_after_season_number: Option<i32>,
    #[serde(
        rename = "AirsBeforeEpisodeNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub airs_before_episode_number: Option<i32>,
    #[serde(rename = "CanDelete", default, skip_serializing_if = "Option::is_none")]
    pub can_delete: Option<bool>,
    #[serde(
        rename = "CanDownload",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_download: Option<bool>,
    #[serde(rename = "HasLyrics", default, skip_serializing_if = "Option::is_none")]
    pub has_lyrics: Option<bool>,
    #[serde(
        rename = "HasSubtitles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub has_subtitles: Option<bool>,
    #[serde(
        rename = "PreferredMetadataLanguage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub preferred_metadata_language: Option<String>,
    #[serde(
        rename = "PreferredMetadataCountryCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub preferred_metadata_country_code: Option<String>,
    #[serde(rename = "Container", default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    /// Gets or sets the name of the sort.
    #[serde(rename = "SortName", default, skip_serializing_if = "Option::is_none")]
    pub sort_name: Option<String>,
    #[serde(
        rename = "ForcedSortName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub forced_sort_name: Option<String>,
    /// Gets or sets the video3 D format.
    #[serde(
        rename = "Video3DFormat",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub video3_d_format: Option<Video3DFormat>,
    /// Gets or sets the premiere date.
    #[serde(
        rename = "PremiereDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub premiere_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Gets or sets the external urls.
    #[serde(
        rename = "ExternalUrls",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub external_urls: Option<Vec<ExternalUrl>>,
    /// Gets or sets the media versions.
    #[serde(
        rename = "MediaSources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub media_sources: Option<Vec<MediaSourceInfo>>,
    /// Gets or sets the critic rating.
    #[serde(
        rename = "CriticRating",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub critic_rating: Option<f32>,
    #[serde(
        rename = "ProductionLocations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub production_locations: Option<Vec<String>>,
    /// Gets or sets the path.
    #[serde(rename = "Path", default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(
        rename = "EnableMediaSourceDisplay",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_media_source_display: Option<bool>,
    /// Gets or sets the official rating.
    #[serde(
        rename = "OfficialRating",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub official_rating: Option<String>,
    /// Gets or sets the custom rating.
    #[serde(
        rename = "CustomRating",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_rating: Option<String>,
    /// Gets or sets the channel identifier.
    #[serde(rename = "ChannelId", default, skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<uuid::Uuid>,
    #[serde(
        rename = "ChannelName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_name: Option<String>,
    /// Gets or sets the overview.
    #[serde(rename = "Overview", default, skip_serializing_if = "Option::is_none")]
    pub overview: Option<String>,
    /// Gets or sets the taglines.
    #[serde(rename = "Taglines", default, skip_serializing_if = "Option::is_none")]
    pub taglines: Option<Vec<String>>,
    /// Gets or sets the genres.
    #[serde(rename = "Genres", default, skip_serializing_if = "Option::is_none")]
    pub genres: Option<Vec<String>>,
    /// Gets or sets the community rating.
    #[serde(
        rename = "CommunityRating",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub community_rating: Option<f32>,
    /// Gets or sets the cumulative run time ticks.
    #[serde(
        rename = "CumulativeRunTimeTicks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cumulative_run_time_ticks: Option<i64>,
    /// Gets or sets the run time ticks.
    #[serde(
        rename = "RunTimeTicks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub run_time_ticks: Option<i64>,
    /// Gets or sets the play access.
    #[serde(
        rename = "PlayAccess",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub play_access: Option<PlayAccess>,
    /// Gets or sets the aspect ratio.
    #[serde(
        rename = "AspectRatio",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub aspect_ratio: Option<String>,
    /// Gets or sets the production year.
    #[serde(
        rename = "ProductionYear",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub production_year: Option<i32>,
    /// Gets or sets a value indicating whether this instance is place holder.
    #[serde(
        rename = "IsPlaceHolder",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_place_holder: Option<bool>,
    /// Gets or sets the number.
    #[serde(rename = "Number", default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    #[serde(
        rename = "ChannelNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_number: Option<String>,
    /// Gets or sets the index number.
    #[serde(
        rename = "IndexNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub index_number: Option<i32>,
    /// Gets or sets the index number end.
    #[serde(
        rename = "IndexNumberEnd",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub index_number_end: Option<i32>,
    /// Gets or sets the parent index number.
    #[serde(
        rename = "ParentIndexNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_index_number: Option<i32>,
    /// Gets or sets the trailer urls.
    #[serde(
        rename = "RemoteTrailers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remote_trailers: Option<Vec<MediaUrl>>,
    /// Gets or sets the provider ids.
    #[serde(
        rename = "ProviderIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provider_ids: Option<std::collections::BTreeMap<String, Option<String>>>,
    /// Gets or sets a value indicating whether this instance is HD.
    #[serde(rename = "IsHD", default, skip_serializing_if = "Option::is_none")]
    pub is_hd: Option<bool>,
    /// Gets or sets a value indicating whether this instance is folder.
    #[serde(rename = "IsFolder", default, skip_serializing_if = "Option::is_none")]
    pub is_folder: Option<bool>,
    /// Gets or sets the parent id.
    #[serde(rename = "ParentId", default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<uuid::Uuid>,
    /// The base item kind.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<BaseItemKind>,
    /// Gets or sets the people.
    #[serde(rename = "People", default, skip_serializing_if = "Option::is_none")]
    pub people: Option<Vec<BaseItemPerson>>,
    /// Gets or sets the studios.
    #[serde(rename = "Studios", default, skip_serializing_if = "Option::is_none")]
    pub studios: Option<Vec<NameGuidPair>>,
    #[serde(
        rename = "GenreItems",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub genre_items: Option<Vec<NameGuidPair>>,
    /// Gets or sets whether the item has a logo, this will hold the Id of the Parent that has one.
    #[serde(
        rename = "ParentLogoItemId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_logo_item_id: Option<uuid::Uuid>,
    /// Gets or sets whether the item has any backdrops, this will hold the Id of the Parent that has one.
    #[serde(
        rename = "ParentBackdropItemId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_backdrop_item_id: Option<uuid::Uuid>,
    /// Gets or sets the parent backdrop image tags.
    #[serde(
        rename = "ParentBackdropImageTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_backdrop_image_tags: Option<Vec<String>>,
    /// Gets or sets the local trailer count.
    #[serde(
        rename = "LocalTrailerCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub local_trailer_count: Option<i32>,
    /// Gets or sets the user data for this item based on the user it's being requested for.
    #[serde(rename = "UserData", default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<UserItemDataDto>,
    /// Gets or sets the recursive item count.
    #[serde(
        rename = "RecursiveItemCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recursive_item_count: Option<i32>,
    /// Gets or sets the child count.
    #[serde(
        rename = "ChildCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub child_count: Option<i32>,
    /// Gets or sets the name of the series.
    #[serde(
        rename = "SeriesName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub series_name: Option<String>,
    /// Gets or sets the series id.
    #[serde(rename = "SeriesId", default, skip_serializing_if = "Option::is_none")]
    pub series_id: Option<uuid::Uuid>,
    /// Gets or sets the season identifier.
    #[serde(rename = "SeasonId", default, skip_serializing_if = "Option::is_none")]
    pub season_id: Option<uuid::Uuid>,
    /// Gets or sets the special feature count.
    #[serde(
        rename = "SpecialFeatureCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub special_feature_count: Option<i32>,
    /// Gets or sets the display preferences id.
    #[serde(
        rename = "DisplayPreferencesId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_preferences_id: Option<String>,
    /// Gets or sets the status.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Gets or sets the air time.
    #[serde(rename = "AirTime", default, skip_serializing_if = "Option::is_none")]
    pub air_time: Option<String>,
    /// Gets or sets the air days.
    #[serde(rename = "AirDays", default, skip_serializing_if = "Option::is_none")]
    pub air_days: Option<Vec<DayOfWeek>>,
    /// Gets or sets the tags.
    #[serde(rename = "Tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Gets or sets the primary image aspect ratio, after image enhancements.
    #[serde(
        rename = "PrimaryImageAspectRatio",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_image_aspect_ratio: Option<f64>,
    /// Gets or sets the artists.
    #[serde(rename = "Artists", default, skip_serializing_if = "Option::is_none")]
    pub artists: Option<Vec<String>>,
    /// Gets or sets the artist items.
    #[serde(
        rename = "ArtistItems",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub artist_items: Option<Vec<NameGuidPair>>,
    /// Gets or sets the album.
    #[serde(rename = "Album", default, skip_serializing_if = "Option::is_none")]
    pub album: Option<String>,
    /// Gets or sets the type of the collection.
    #[serde(
        rename = "CollectionType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub collection_type: Option<CollectionType>,
    /// Gets or sets the display order.
    #[serde(
        rename = "DisplayOrder",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_order: Option<String>,
    /// Gets or sets the album id.
    #[serde(rename = "AlbumId", default, skip_serializing_if = "Option::is_none")]
    pub album_id: Option<uuid::Uuid>,
    /// Gets or sets the album image tag.
    #[serde(
        rename = "AlbumPrimaryImageTag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub album_primary_image_tag: Option<String>,
    /// Gets or sets the series primary image tag.
    #[serde(
        rename = "SeriesPrimaryImageTag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub series_primary_image_tag: Option<String>,
    /// Gets or sets the album artist.
    #[serde(
        rename = "AlbumArtist",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub album_artist: Option<String>,
    /// Gets or sets the album artists.
    #[serde(
        rename = "AlbumArtists",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub album_artists: Option<Vec<NameGuidPair>>,
    /// Gets or sets the name of the season.
    #[serde(
        rename = "SeasonName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub season_name: Option<String>,
    /// Gets or sets the media streams.
    #[serde(
        rename = "MediaStreams",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub media_streams: Option<Vec<MediaStream>>,
    /// Gets or sets the type of the video.
    #[serde(rename = "VideoType", default, skip_serializing_if = "Option::is_none")]
    pub video_type: Option<VideoType>,
    /// Gets or sets the part count.
    #[serde(rename = "PartCount", default, skip_serializing_if = "Option::is_none")]
    pub part_count: Option<i32>,
    #[serde(
        rename = "MediaSourceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub media_source_count: Option<i32>,
    /// Gets or sets the image tags.
    #[serde(rename = "ImageTags", default, skip_serializing_if = "Option::is_none")]
    pub image_tags: Option<std::collections::BTreeMap<String, String>>,
    /// Gets or sets the backdrop image tags.
    #[serde(
        rename = "BackdropImageTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub backdrop_image_tags: Option<Vec<String>>,
    /// Gets or sets the screenshot image tags.
    #[serde(
        rename = "ScreenshotImageTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub screenshot_image_tags: Option<Vec<String>>,
    /// Gets or sets the parent logo image tag.
    #[serde(
        rename = "ParentLogoImageTag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_logo_image_tag: Option<String>,
    /// Gets or sets whether the item has fan art, this will hold the Id of the Parent that has one.
    #[serde(
        rename = "ParentArtItemId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_art_item_id: Option<uuid::Uuid>,
    /// Gets or sets the parent art image tag.
    #[serde(
        rename = "ParentArtImageTag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_art_image_tag: Option<String>,
    /// Gets or sets the series thumb image tag.
    #[serde(
        rename = "SeriesThumbImageTag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub series_thumb_image_tag: Option<String>,
    /// Gets or sets the blurhashes for the image tags. Maps image type to dictionary mapping image tag to blurhash value.
    #[serde(
        rename = "ImageBlurHashes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_blur_hashes: Option<BaseItemDtoImageBlurHashes>,
    /// Gets or sets the series studio.
    #[serde(
        rename = "SeriesStudio",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub series_studio: Option<String>,
    /// Gets or sets the parent thumb item id.
    #[serde(
        rename = "ParentThumbItemId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_thumb_item_id: Option<uuid::Uuid>,
    /// Gets or sets the parent thumb image tag.
    #[serde(
        rename = "ParentThumbImageTag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_thumb_image_tag: Option<String>,
    /// Gets or sets the parent primary image item identifier.
    #[serde(
        rename = "ParentPrimaryImageItemId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_primary_image_item_id: Option<uuid::Uuid>,
    /// Gets or sets the parent primary image tag.
    #[serde(
        rename = "ParentPrimaryImageTag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_primary_image_tag: Option<String>,
    /// Gets or sets the chapters.
    #[serde(rename = "Chapters", default, skip_serializing_if = "Option::is_none")]
    pub chapters: Option<Vec<ChapterInfo>>,
    /// Gets or sets the trickplay manifest.
    #[serde(rename = "Trickplay", default, skip_serializing_if = "Option::is_none")]
    pub trickplay: Option<
        std::collections::BTreeMap<String, std::collections::BTreeMap<String, TrickplayInfoDto>>,
    >,
    /// Gets or sets the type of the location.
    #[serde(
        rename = "LocationType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub location_type: Option<LocationType>,
    /// Gets or sets the type of the iso.
    #[serde(rename = "IsoType", default, skip_serializing_if = "Option::is_none")]
    pub iso_type: Option<IsoType>,
    /// Media types.
    ///
    /// Default: `"Unknown"`
    #[serde(rename = "MediaType", default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<MediaType>,
    /// Gets or sets the end date.
    #[serde(rename = "EndDate", default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Gets or sets the locked fields.
    #[serde(
        rename = "LockedFields",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub locked_fields: Option<Vec<MetadataField>>,
    /// Gets or sets the trailer count.
    #[serde(
        rename = "TrailerCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trailer_count: Option<i32>,
    /// Gets or sets the movie count.
    #[serde(
        rename = "MovieCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub movie_count: Option<i32>,
    /// Gets or sets the series count.
    #[serde(
        rename = "SeriesCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub series_count: Option<i32>,
    #[serde(
        rename = "ProgramCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub program_count: Option<i32>,
    /// Gets or sets the episode count.
    #[serde(
        rename = "EpisodeCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub episode_count: Option<i32>,
    /// Gets or sets the song count.
    #[serde(rename = "SongCount", default, skip_serializing_if = "Option::is_none")]
    pub song_count: Option<i32>,
    /// Gets or sets the album count.
    #[serde(
        rename = "AlbumCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub album_count: Option<i32>,
    #[serde(
        rename = "ArtistCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub artist_count: Option<i32>,
    /// Gets or sets the music video count.
    #[serde(
        rename = "MusicVideoCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub music_video_count: Option<i32>,
    /// Gets or sets a value indicating whether [enable internet providers].
    #[serde(rename = "LockData", default, skip_serializing_if = "Option::is_none")]
    pub lock_data: Option<bool>,
    #[serde(rename = "Width", default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i32>,
    #[serde(rename = "Height", default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i32>,
    #[serde(
        rename = "CameraMake",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub camera_make: Option<String>,
    #[serde(
        rename = "CameraModel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub camera_model: Option<String>,
    #[serde(rename = "Software", default, skip_serializing_if = "Option::is_none")]
    pub software: Option<String>,
    #[serde(
        rename = "ExposureTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub exposure_time: Option<f64>,
    #[serde(
        rename = "FocalLength",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub focal_length: Option<f64>,
    #[serde(
        rename = "ImageOrientation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_orientation: Option<ImageOrientation>,
    #[serde(rename = "Aperture", default, skip_serializing_if = "Option::is_none")]
    pub aperture: Option<f64>,
    #[serde(
        rename = "ShutterSpeed",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shutter_speed: Option<f64>,
    #[serde(rename = "Latitude", default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(rename = "Longitude", default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    #[serde(rename = "Altitude", default, skip_serializing_if = "Option::is_none")]
    pub altitude: Option<f64>,
    #[serde(
        rename = "IsoSpeedRating",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub iso_speed_rating: Option<i32>,
    /// Gets or sets the series timer identifier.
    #[serde(
        rename = "SeriesTimerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub series_timer_id: Option<String>,
    /// Gets or sets the program identifier.
    #[serde(rename = "ProgramId", default, skip_serializing_if = "Option::is_none")]
    pub program_id: Option<String>,
    /// Gets or sets the channel primary image tag.
    #[serde(
        rename = "ChannelPrimaryImageTag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_primary_image_tag: Option<String>,
    /// Gets or sets the start date of the recording, in UTC.
    #[serde(rename = "StartDate", default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Gets or sets the completion percentage.
    #[serde(
        rename = "CompletionPercentage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub completion_percentage: Option<f64>,
    /// Gets or sets a value indicating whether this instance is repeat.
    #[serde(rename = "IsRepeat", default, skip_serializing_if = "Option::is_none")]
    pub is_repeat: Option<bool>,
    /// Gets or sets the episode title.
    #[serde(
        rename = "EpisodeTitle",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub episode_title: Option<String>,
    /// Gets or sets the type of the channel.
    #[serde(
        rename = "ChannelType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_type: Option<ChannelType>,
    /// Gets or sets the audio.
    #[serde(rename = "Audio", default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<ProgramAudio>,
    /// Gets or sets a value indicating whether this instance is movie.
    #[serde(rename = "IsMovie", default, skip_serializing_if = "Option::is_none")]
    pub is_movie: Option<bool>,
    /// Gets or sets a value indicating whether this instance is sports.
    #[serde(rename = "IsSports", default, skip_serializing_if = "Option::is_none")]
    pub is_sports: Option<bool>,
    /// Gets or sets a value indicating whether this instance is series.
    #[serde(rename = "IsSeries", default, skip_serializing_if = "Option::is_none")]
    pub is_series: Option<bool>,
    /// Gets or sets a value indicating whether this instance is live.
    #[serde(rename = "IsLive", default, skip_serializing_if = "Option::is_none")]
    pub is_live: Option<bool>,
    /// Gets or sets a value indicating whether this instance is news.
    #[serde(rename = "IsNews", default, skip_serializing_if = "Option::is_none")]
    pub is_news: Option<bool>,
    /// Gets or sets a value indicating whether this instance is kids.
    #[serde(rename = "IsKids", default, skip_serializing_if = "Option::is_none")]
    pub is_kids: Option<bool>,
    /// Gets or sets a value indicating whether this instance is premiere.
    #[serde(
        rename = "IsPremiere",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_premiere: Option<bool>,
    /// Gets or sets the timer identifier.
    #[serde(rename = "TimerId", default, skip_serializing_if = "Option::is_none")]
    pub timer_id: Option<String>,
    /// Gets or sets the gain required for audio normalization.
    #[serde(
        rename = "NormalizationGain",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub normalization_gain: Option<f32>,
    /// Gets or sets the current program.
    #[serde(
        rename = "CurrentProgram",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_program: Option<Box<BaseItemDto>>,
}
/// Gets or sets the blurhashes for the image tags. Maps image type to dictionary mapping image tag to blurhash value.
///
/// Schema: `#/components/schemas/BaseItemDto/properties/ImageBlurHashes`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct BaseItemDtoImageBlurHashes {
    #[serde(rename = "Primary", default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Art", default, skip_serializing_if = "Option::is_none")]
    pub art: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Backdrop", default, skip_serializing_if = "Option::is_none")]
    pub backdrop: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Banner", default, skip_serializing_if = "Option::is_none")]
    pub banner: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Logo", default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Thumb", default, skip_serializing_if = "Option::is_none")]
    pub thumb: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Disc", default, skip_serializing_if = "Option::is_none")]
    pub disc: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Box", default, skip_serializing_if = "Option::is_none")]
    pub r#box: Option<std::collections::BTreeMap<String, String>>,
    #[serde(
        rename = "Screenshot",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub screenshot: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Menu", default, skip_serializing_if = "Option::is_none")]
    pub menu: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Chapter", default, skip_serializing_if = "Option::is_none")]
    pub chapter: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "BoxRear", default, skip_serializing_if = "Option::is_none")]
    pub box_rear: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Profile", default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<std::collections::BTreeMap<String, String>>,
}
/// The base item kind.
///
/// Schema: `#/components/schemas/BaseItemKind`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BaseItemKind {
    /// `AggregateFolder`
    AggregateFolder,
    /// `Audio`
    Audio,
    /// `AudioBook`
    AudioBook,
    /// `BasePluginFolder`
    BasePluginFolder,
    /// `Book`
    Book,
    /// `BoxSet`
    BoxSet,
    /// `Channel`
    Channel,
    /// `ChannelFolderItem`
    ChannelFolderItem,
    /// `CollectionFolder`
    CollectionFolder,
    /// `Episode`
    Episode,
    /// `Folder`
    Folder,
    /// `Genre`
    Genre,
    /// `ManualPlaylistsFolder`
    ManualPlaylistsFolder,
    /// `Movie`
    Movie,
    /// `LiveTvChannel`
    LiveTvChannel,
    /// `LiveTvProgram`
    LiveTvProgram,
    /// `MusicAlbum`
    MusicAlbum,
    /// `MusicArtist`
    MusicArtist,
    /// `MusicGenre`
    MusicGenre,
    /// `MusicVideo`
    MusicVideo,
    /// `Person`
    Person,
    /// `Photo`
    Photo,
    /// `PhotoAlbum`
    PhotoAlbum,
    /// `Playlist`
    Playlist,
    /// `PlaylistsFolder`
    PlaylistsFolder,
    /// `Program`
    Program,
    /// `Recording`
    Recording,
    /// `Season`
    Season,
    /// `Series`
    Series,
    /// `Studio`
    Studio,
    /// `Trailer`
    Trailer,
    /// `TvChannel`
    TvChannel,
    /// `TvProgram`
    TvProgram,
    /// `UserRootFolder`
    UserRootFolder,
    /// `UserView`
    UserView,
    /// `Video`
    Video,
    /// `Year`
    Year,
    /// A value this version of the spec does not list.
    Other(String),
}
impl BaseItemKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AggregateFolder => "AggregateFolder",
            Self::Audio => "Audio",
            Self::AudioBook => "AudioBook",
            Self::BasePluginFolder => "BasePluginFolder",
            Self::Book => "Book",
            Self::BoxSet => "BoxSet",
            Self::Channel => "Channel",
            Self::ChannelFolderItem => "ChannelFolderItem",
            Self::CollectionFolder => "CollectionFolder",
            Self::Episode => "Episode",
            Self::Folder => "Folder",
            Self::Genre => "Genre",
            Self::ManualPlaylistsFolder => "ManualPlaylistsFolder",
            Self::Movie => "Movie",
            Self::LiveTvChannel => "LiveTvChannel",
            Self::LiveTvProgram => "LiveTvProgram",
            Self::MusicAlbum => "MusicAlbum",
            Self::MusicArtist => "MusicArtist",
            Self::MusicGenre => "MusicGenre",
            Self::MusicVideo => "MusicVideo",
            Self::Person => "Person",
            Self::Photo => "Photo",
            Self::PhotoAlbum => "PhotoAlbum",
            Self::Playlist => "Playlist",
            Self::PlaylistsFolder => "PlaylistsFolder",
            Self::Program => "Program",
            Self::Recording => "Recording",
            Self::Season => "Season",
            Self::Series => "Series",
            Self::Studio => "Studio",
            Self::Trailer => "Trailer",
            Self::TvChannel => "TvChannel",
            Self::TvProgram => "TvProgram",
            Self::UserRootFolder => "UserRootFolder",
            Self::UserView => "UserView",
            Self::Video => "Video",
            Self::Year => "Year",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for BaseItemKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BaseItemKind {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "AggregateFolder" => Self::AggregateFolder,
            "Audio" => Self::Audio,
            "AudioBook" => Self::AudioBook,
            "BasePluginFolder" => Self::BasePluginFolder,
            "Book" => Self::Book,
            "BoxSet" => Self::BoxSet,
            "Channel" => Self::Channel,
            "ChannelFolderItem" => Self::ChannelFolderItem,
            "CollectionFolder" => Self::CollectionFolder,
            "Episode" => Self::Episode,
            "Folder" => Self::Folder,
            "Genre" => Self::Genre,
            "ManualPlaylistsFolder" => Self::ManualPlaylistsFolder,
            "Movie" => Self::Movie,
            "LiveTvChannel" => Self::LiveTvChannel,
            "LiveTvProgram" => Self::LiveTvProgram,
            "MusicAlbum" => Self::MusicAlbum,
            "MusicArtist" => Self::MusicArtist,
            "MusicGenre" => Self::MusicGenre,
            "MusicVideo" => Self::MusicVideo,
            "Person" => Self::Person,
            "Photo" => Self::Photo,
            "PhotoAlbum" => Self::PhotoAlbum,
            "Playlist" => Self::Playlist,
            "PlaylistsFolder" => Self::PlaylistsFolder,
            "Program" => Self::Program,
            "Recording" => Self::Recording,
            "Season" => Self::Season,
            "Series" => Self::Series,
            "Studio" => Self::Studio,
            "Trailer" => Self::Trailer,
            "TvChannel" => Self::TvChannel,
            "TvProgram" => Self::TvProgram,
            "UserRootFolder" => Self::UserRootFolder,
            "UserView" => Self::UserView,
            "Video" => Self::Video,
            "Year" => Self::Year,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for BaseItemKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BaseItemKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// This is used by the api to get information about a Person within a BaseItem.
///
/// Schema: `#/components/schemas/BaseItemPerson`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct BaseItemPerson {
    /// Gets or sets the name.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Gets or sets the identifier.
    #[serde(rename = "Id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    /// Gets or sets the role.
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The person kind.
    ///
    /// Default: `"Unknown"`
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<PersonKind>,
    /// Gets or sets the primary image tag.
    #[serde(
        rename = "PrimaryImageTag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_image_tag: Option<String>,
    /// Gets or sets the primary image blurhash.
    #[serde(
        rename = "ImageBlurHashes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_blur_hashes: Option<BaseItemPersonImageBlurHashes>,
}
/// Gets or sets the primary image blurhash.
///
/// Schema: `#/components/schemas/BaseItemPerson/properties/ImageBlurHashes`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct BaseItemPersonImageBlurHashes {
    #[serde(rename = "Primary", default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Art", default, skip_serializing_if = "Option::is_none")]
    pub art: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Backdrop", default, skip_serializing_if = "Option::is_none")]
    pub backdrop: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Banner", default, skip_serializing_if = "Option::is_none")]
    pub banner: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Logo", default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Thumb", default, skip_serializing_if = "Option::is_none")]
    pub thumb: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Disc", default, skip_serializing_if = "Option::is_none")]
    pub disc: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Box", default, skip_serializing_if = "Option::is_none")]
    pub r#box: Option<std::collections::BTreeMap<String, String>>,
    #[serde(
        rename = "Screenshot",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub screenshot: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Menu", default, skip_serializing_if = "Option::is_none")]
    pub menu: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Chapter", default, skip_serializing_if = "Option::is_none")]
    pub chapter: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "BoxRear", default, skip_serializing_if = "Option::is_none")]
    pub box_rear: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "Profile", default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<std::collections::BTreeMap<String, String>>,
}
/// Enum ChannelType.
///
/// Schema: `#/components/schemas/ChannelType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChannelType {
    /// `TV`
    Tv,
    /// `Radio`
    Radio,
    /// A value this version of the spec does not list.
    Other(String),
}
impl ChannelType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tv => "TV",
            Self::Radio => "Radio",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for ChannelType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ChannelType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "TV" => Self::Tv,
            "Radio" => Self::Radio,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for ChannelType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ChannelType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Class ChapterInfo.
///
/// Schema: `#/components/schemas/ChapterInfo`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ChapterInfo {
    /// Gets or sets the start position ticks.
    #[serde(
        rename = "StartPositionTicks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub start_position_ticks: Option<i64>,
    /// Gets or sets the name.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Gets or sets the image path.
    #[serde(rename = "ImagePath", default, skip_serializing_if = "Option::is_none")]
    pub image_path: Option<String>,
    #[serde(
        rename = "ImageDateModified",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_date_modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "ImageTag", default, skip_serializing_if = "Option::is_none")]
    pub image_tag: Option<String>,
}
/// Client capabilities dto.
///
/// Schema: `#/components/schemas/ClientCapabilitiesDto`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ClientCapabilitiesDto {
    /// Gets or sets the list of playable media types.
    #[serde(
        rename = "PlayableMediaTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub playable_media_types: Option<Vec<MediaType>>,
    /// Gets or sets the list of supported commands.
    #[serde(
        rename = "SupportedCommands",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supported_commands: Option<Vec<GeneralCommandType>>,
    /// Gets or sets a value indicating whether session supports media control.
    #[serde(
        rename = "SupportsMediaControl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supports_media_control: Option<bool>,
    /// Gets or sets a value indicating whether session supports a persistent identifier.
    #[serde(
        rename = "SupportsPersistentIdentifier",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supports_persistent_identifier: Option<bool>,
    /// Gets or sets the device profile.
    #[serde(
        rename = "DeviceProfile",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_profile: Option<DeviceProfile>,
    /// Gets or sets the app store url.
    #[serde(
        rename = "AppStoreUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_store_url: Option<String>,
    /// Gets or sets the icon url.
    #[serde(rename = "IconUrl", default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
}
/// Defines the MediaBrowser.Model.Dlna.CodecProfile.
///
/// Schema: `#/components/schemas/CodecProfile`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct CodecProfile {
    /// Gets or sets the MediaBrowser.Model.Dlna.CodecType which this container must meet.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CodecType>,
    /// Gets or sets the list of MediaBrowser.Model.Dlna.ProfileCondition which this profile must meet.
    #[serde(
        rename = "Conditions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub conditions: Option<Vec<ProfileCondition>>,
    /// Gets or sets the list of MediaBrowser.Model.Dlna.ProfileCondition to apply if this profile is met.
    #[serde(
        rename = "ApplyConditions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub apply_conditions: Option<Vec<ProfileCondition>>,
    /// Gets or sets the codec(s) that this profile applies to.
    #[serde(rename = "Codec", default, skip_serializing_if = "Option::is_none")]
    pub codec: Option<String>,
    /// Gets or sets the container(s) which this profile will be applied to.
    #[serde(rename = "Container", default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    /// Gets or sets the sub-container(s) which this profile will be applied to.
    #[serde(
        rename = "SubContainer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sub_container: Option<String>,
}
/// Schema: `#/components/schemas/CodecType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CodecType {
    /// `Video`
    Video,
    /// `VideoAudio`
    VideoAudio,
    /// `Audio`
    Audio,
    /// A value this version of the spec does not list.
    Other(String),
}
impl CodecType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Video => "Video",
            Self::VideoAudio => "VideoAudio",
            Self::Audio => "Audio",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for CodecType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CodecType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Video" => Self::Video,
            "VideoAudio" => Self::VideoAudio,
            "Audio" => Self::Audio,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for CodecType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CodecType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Collection type.
///
/// Schema: `#/components/schemas/CollectionType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollectionType {
    /// `unknown`
    Unknown,
    /// `movies`
    Movies,
    /// `tvshows`
    Tvshows,
    /// `music`
    Music,
    /// `musicvideos`
    Musicvideos,
    /// `trailers`
    Trailers,
    /// `homevideos`
    Homevideos,
    /// `boxsets`
    Boxsets,
    /// `books`
    Books,
    /// `photos`
    Photos,
    /// `livetv`
    Livetv,
    /// `playlists`
    Playlists,
    /// `folders`
    Folders,
    /// A value this version of the spec does not list.
    Other(String),
}
impl CollectionType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Movies => "movies",
            Self::Tvshows => "tvshows",
            Self::Music => "music",
            Self::Musicvideos => "musicvideos",
            Self::Trailers => "trailers",
            Self::Homevideos => "homevideos",
            Self::Boxsets => "boxsets",
            Self::Books => "books",
            Self::Photos => "photos",
            Self::Livetv => "livetv",
            Self::Playlists => "playlists",
            Self::Folders => "folders",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for CollectionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CollectionType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "unknown" => Self::Unknown,
            "movies" => Self::Movies,
            "tvshows" => Self::Tvshows,
            "music" => Self::Music,
            "musicvideos" => Self::Musicvideos,
            "trailers" => Self::Trailers,
            "homevideos" => Self::Homevideos,
            "boxsets" => Self::Boxsets,
            "books" => Self::Books,
            "photos" => Self::Photos,
            "livetv" => Self::Livetv,
            "playlists" => Self::Playlists,
            "folders" => Self::Folders,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for CollectionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CollectionType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Defines the MediaBrowser.Model.Dlna.ContainerProfile.
///
/// Schema: `#/components/schemas/ContainerProfile`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ContainerProfile {
    /// Gets or sets the MediaBrowser.Model.Dlna.DlnaProfileType which this container must meet.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<DlnaProfileType>,
    /// Gets or sets the list of MediaBrowser.Model.Dlna.ProfileCondition which this container will be applied to.
    #[serde(
        rename = "Conditions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub conditions: Option<Vec<ProfileCondition>>,
    /// Gets or sets the container(s) which this container must meet.
    #[serde(rename = "Container", default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    /// Gets or sets the sub container(s) which this container must meet.
    #[serde(
        rename = "SubContainer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sub_container: Option<String>,
}
/// The create user by name request body.
///
/// Schema: `#/components/schemas/CreateUserByName`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct CreateUserByName {
    /// Gets or sets the username.
    #[serde(rename = "Name")]
    pub name: String,
    /// Gets or sets the password.
    #[serde(rename = "Password", default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}
/// Schema: `#/components/schemas/DayOfWeek`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DayOfWeek {
    /// `Sunday`
    Sunday,
    /// `Monday`
    Monday,
    /// `Tuesday`
    Tuesday,
    /// `Wednesday`
    Wednesday,
    /// `Thursday`
    Thursday,
    /// `Friday`
    Friday,
    /// `Saturday`
    Saturday,
    /// A value this version of the spec does not list.
    Other(String),
}
impl DayOfWeek {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sunday => "Sunday",
            Self::Monday => "Monday",
            Self::Tuesday => "Tuesday",
            Self::Wednesday => "Wednesday",
            Self::Thursday => "Thursday",
            Self::Friday => "Friday",
            Self::Saturday => "Saturday",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for DayOfWeek {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for DayOfWeek {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Sunday" => Self::Sunday,
            "Monday" => Self::Monday,
            "Tuesday" => Self::Tuesday,
            "Wednesday" => Self::Wednesday,
            "Thursday" => Self::Thursday,
            "Friday" => Self::Friday,
            "Saturday" => Self::Saturday,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for DayOfWeek {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for DayOfWeek {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// A MediaBrowser.Model.Dlna.DeviceProfile represents a set of metadata which determines which content a certain device is able to play. Specifically, it defines the supported containers and codecs (video and/or audio, including codec profiles and levels) the device is able to direct play (without transcoding or remuxing), as well as which containers/codecs to transcode to in case it isn't.
///
/// Schema: `#/components/schemas/DeviceProfile`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct DeviceProfile {
    /// Gets or sets the name of this device profile. User profiles must have a unique name.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Gets or sets the unique internal identifier.
    #[serde(rename = "Id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    /// Gets or sets the maximum allowed bitrate for all streamed content.
    #[serde(
        rename = "MaxStreamingBitrate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_streaming_bitrate: Option<i32>,
    /// Gets or sets the maximum allowed bitrate for statically streamed content (= direct played files).
    #[serde(
        rename = "MaxStaticBitrate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_static_bitrate: Option<i32>,
    /// Gets or sets the maximum allowed bitrate for transcoded music streams.
    #[serde(
        rename = "MusicStreamingTranscodingBitrate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub music_streaming_transcoding_bitrate: Option<i32>,
    /// Gets or sets the maximum allowed bitrate for statically streamed (= direct played) music files.
    #[serde(
        rename = "MaxStaticMusicBitrate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_static_music_bitrate: Option<i32>,
    /// Gets or sets the direct play profiles.
    #[serde(
        rename = "DirectPlayProfiles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub direct_play_profiles: Option<Vec<DirectPlayProfile>>,
    /// Gets or sets the transcoding profiles.
    #[serde(
        rename = "TranscodingProfiles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transcoding_profiles: Option<Vec<TranscodingProfile>>,
    /// Gets or sets the container profiles. Failing to meet these optional conditions causes transcoding to occur.
    #[serde(
        rename = "ContainerProfiles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_profiles: Option<Vec<ContainerProfile>>,
    /// Gets or sets the codec profiles.
    #[serde(
        rename = "CodecProfiles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub codec_profiles: Option<Vec<CodecProfile>>,
    /// Gets or sets the subtitle profiles.
    #[serde(
        rename = "SubtitleProfiles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub subtitle_profiles: Option<Vec<SubtitleProfile>>,
}
/// Defines the MediaBrowser.Model.Dlna.DirectPlayProfile.
///
/// Schema: `#/components/schemas/DirectPlayProfile`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct DirectPlayProfile {
    /// Gets or sets the container.
    #[serde(rename = "Container", default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    /// Gets or sets the audio codec.
    #[serde(
        rename = "AudioCodec",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub audio_codec: Option<String>,
    /// Gets or sets the video codec.
    #[serde(
        rename = "VideoCodec",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub video_codec: Option<String>,
    /// Gets or sets the Dlna profile type.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<DlnaProfileType>,
}
/// Schema: `#/components/schemas/DlnaProfileType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DlnaProfileType {
    /// `Audio`
    Audio,
    /// `Video`
    Video,
    /// `Photo`
    Photo,
    /// `Subtitle`
    Subtitle,
    /// `Lyric`
    Lyric,
    /// A value this version of the spec does not list.
    Other(String),
}
impl DlnaProfileType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Audio => "Audio",
            Self::Video => "Video",
            Self::Photo => "Photo",
            Self::Subtitle => "Subtitle",
            Self::Lyric => "Lyric",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for DlnaProfileType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for DlnaProfileType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Audio" => Self::Audio,
            "Video" => Self::Video,
            "Photo" => Self::Photo,
            "Subtitle" => Self::Subtitle,
            "Lyric" => Self::Lyric,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for DlnaProfileType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for DlnaProfileType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// An enum that represents a day of the week, weekdays, weekends, or all days.
///
/// Schema: `#/components/schemas/DynamicDayOfWeek`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DynamicDayOfWeek {
    /// `Sunday`
    Sunday,
    /// `Monday`
    Monday,
    /// `Tuesday`
    Tuesday,
    /// `Wednesday`
    Wednesday,
    /// `Thursday`
    Thursday,
    /// `Friday`
    Friday,
    /// `Saturday`
    Saturday,
    /// `Everyday`
    Everyday,
    /// `Weekday`
    Weekday,
    /// `Weekend`
    Weekend,
    /// A value this version of the spec does not list.
    Other(String),
}
impl DynamicDayOfWeek {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sunday => "Sunday",
            Self::Monday => "Monday",
            Self::Tuesday => "Tuesday",
            Self::Wednesday => "Wednesday",
            Self::Thursday => "Thursday",
            Self::Friday => "Friday",
            Self::Saturday => "Saturday",
            Self::Everyday => "Everyday",
            Self::Weekday => "Weekday",
            Self::Weekend => "Weekend",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for DynamicDayOfWeek {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for DynamicDayOfWeek {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Sunday" => Self::Sunday,
            "Monday" => Self::Monday,
            "Tuesday" => Self::Tuesday,
            "Wednesday" => Self::Wednesday,
            "Thursday" => Self::Thursday,
            "Friday" => Self::Friday,
            "Saturday" => Self::Saturday,
            "Everyday" => Self::Everyday,
            "Weekday" => Self::Weekday,
            "Weekend" => Self::Weekend,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for DynamicDayOfWeek {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for DynamicDayOfWeek {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/EncodingContext`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EncodingContext {
    /// `Streaming`
    Streaming,
    /// `Static`
    Static,
    /// A value this version of the spec does not list.
    Other(String),
}
impl EncodingContext {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Streaming => "Streaming",
            Self::Static => "Static",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for EncodingContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for EncodingContext {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Streaming" => Self::Streaming,
            "Static" => Self::Static,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for EncodingContext {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EncodingContext {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/ExternalUrl`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ExternalUrl {
    /// Gets or sets the name.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Gets or sets the type of the item.
    #[serde(rename = "Url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
/// Schema: `#/components/schemas/ExtraType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExtraType {
    /// `Unknown`
    Unknown,
    /// `Clip`
    Clip,
    /// `Trailer`
    Trailer,
    /// `BehindTheScenes`
    BehindTheScenes,
    /// `DeletedScene`
    DeletedScene,
    /// `Interview`
    Interview,
    /// `Scene`
    Scene,
    /// `Sample`
    Sample,
    /// `ThemeSong`
    ThemeSong,
    /// `ThemeVideo`
    ThemeVideo,
    /// `Featurette`
    Featurette,
    /// `Short`
    Short,
    /// A value this version of the spec does not list.
    Other(String),
}
impl ExtraType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "Unknown",
            Self::Clip => "Clip",
            Self::Trailer => "Trailer",
            Self::BehindTheScenes => "BehindTheScenes",
            Self::DeletedScene => "DeletedScene",
            Self::Interview => "Interview",
            Self::Scene => "Scene",
            Self::Sample => "Sample",
            Self::ThemeSong => "ThemeSong",
            Self::ThemeVideo => "ThemeVideo",
            Self::Featurette => "Featurette",
            Self::Short => "Short",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for ExtraType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ExtraType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Unknown" => Self::Unknown,
            "Clip" => Self::Clip,
            "Trailer" => Self::Trailer,
            "BehindTheScenes" => Self::BehindTheScenes,
            "DeletedScene" => Self::DeletedScene,
            "Interview" => Self::Interview,
            "Scene" => Self::Scene,
            "Sample" => Self::Sample,
            "ThemeSong" => Self::ThemeSong,
            "ThemeVideo" => Self::ThemeVideo,
            "Featurette" => Self::Featurette,
            "Short" => Self::Short,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for ExtraType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ExtraType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/ForgotPasswordAction`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ForgotPasswordAction {
    /// `ContactAdmin`
    ContactAdmin,
    /// `PinCode`
    PinCode,
    /// `InNetworkRequired`
    InNetworkRequired,
    /// A value this version of the spec does not list.
    Other(String),
}
impl ForgotPasswordAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContactAdmin => "ContactAdmin",
            Self::PinCode => "PinCode",
            Self::InNetworkRequired => "InNetworkRequired",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for ForgotPasswordAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ForgotPasswordAction {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "ContactAdmin" => Self::ContactAdmin,
            "PinCode" => Self::PinCode,
            "InNetworkRequired" => Self::InNetworkRequired,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for ForgotPasswordAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ForgotPasswordAction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Forgot Password request body DTO.
///
/// Schema: `#/components/schemas/ForgotPasswordDto`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ForgotPasswordDto {
    /// Gets or sets the entered username to have its password reset.
    #[serde(rename = "EnteredUsername")]
    pub entered_username: String,
}
/// Forgot Password Pin enter request body DTO.
///
/// Schema: `#/components/schemas/ForgotPasswordPinDto`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ForgotPasswordPinDto {
    /// Gets or sets the entered pin to have the password reset.
    #[serde(rename = "Pin")]
    pub pin: String,
}
/// Schema: `#/components/schemas/ForgotPasswordResult`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ForgotPasswordResult {
    /// Gets or sets the action.
    #[serde(rename = "Action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<ForgotPasswordAction>,
    /// Gets or sets the pin file.
    #[serde(rename = "PinFile", default, skip_serializing_if = "Option::is_none")]
    pub pin_file: Option<String>,
    /// Gets or sets the pin expiration date.
    #[serde(
        rename = "PinExpirationDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pin_expiration_date: Option<chrono::DateTime<chrono::Utc>>,
}
/// This exists simply to identify a set of known commands.
///
/// Schema: `#/components/schemas/GeneralCommandType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GeneralCommandType {
    /// `MoveUp`
    MoveUp,
    /// `MoveDown`
    MoveDown,
    /// `MoveLeft`
    MoveLeft,
    /// `MoveRight`
    MoveRight,
    /// `PageUp`
    PageUp,
    /// `PageDown`
    PageDown,
    /// `PreviousLetter`
    PreviousLetter,
    /// `NextLetter`
    NextLetter,
    /// `ToggleOsd`
    ToggleOsd,
    /// `ToggleContextMenu`
    ToggleContextMenu,
    /// `Select`
    Select,
    /// `Back`
    Back,
    /// `TakeScreenshot`
    TakeScreenshot,
    /// `SendKey`
    SendKey,
    /// `SendString`
    SendString,
    /// `GoHome`
    GoHome,
    /// `GoToSettings`
    GoToSettings,
    /// `VolumeUp`
    VolumeUp,
    /// `VolumeDown`
    VolumeDown,
    /// `Mute`
    Mute,
    /// `Unmute`
    Unmute,
    /// `ToggleMute`
    ToggleMute,
    /// `SetVolume`
    SetVolume,
    /// `SetAudioStreamIndex`
    SetAudioStreamIndex,
    /// `SetSubtitleStreamIndex`
    SetSubtitleStreamIndex,
    /// `ToggleFullscreen`
    ToggleFullscreen,
    /// `DisplayContent`
    DisplayContent,
    /// `GoToSearch`
    GoToSearch,
    /// `DisplayMessage`
    DisplayMessage,
    /// `SetRepeatMode`
    SetRepeatMode,
    /// `ChannelUp`
    ChannelUp,
    /// `ChannelDown`
    ChannelDown,
    /// `Guide`
    Guide,
    /// `ToggleStats`
    ToggleStats,
    /// `PlayMediaSource`
    PlayMediaSource,
    /// `PlayTrailers`
    PlayTrailers,
    /// `SetShuffleQueue`
    SetShuffleQueue,
    /// `PlayState`
    PlayState,
    /// `PlayNext`
    PlayNext,
    /// `ToggleOsdMenu`
    ToggleOsdMenu,
    /// `Play`
    Play,
    /// `SetMaxStreamingBitrate`
    SetMaxStreamingBitrate,
    /// `SetPlaybackOrder`
    SetPlaybackOrder,
    /// A value this version of the spec does not list.
    Other(String),
}
impl GeneralCommandType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MoveUp => "MoveUp",
            Self::MoveDown => "MoveDown",
            Self::MoveLeft => "MoveLeft",
            Self::MoveRight => "MoveRight",
            Self::PageUp => "PageUp",
            Self::PageDown => "PageDown",
            Self::PreviousLetter => "PreviousLetter",
            Self::NextLetter => "NextLetter",
            Self::ToggleOsd => "ToggleOsd",
            Self::ToggleContextMenu => "ToggleContextMenu",
            Self::Select => "Select",
            Self::Back => "Back",
            Self::TakeScreenshot => "TakeScreenshot",
            Self::SendKey => "SendKey",
            Self::SendString => "SendString",
            Self::GoHome => "GoHome",
            Self::GoToSettings => "GoToSettings",
            Self::VolumeUp => "VolumeUp",
            Self::VolumeDown => "VolumeDown",
            Self::Mute => "Mute",
            Self::Unmute => "Unmute",
            Self::ToggleMute => "ToggleMute",
            Self::SetVolume => "SetVolume",
            Self::SetAudioStreamIndex => "SetAudioStreamIndex",
            Self::SetSubtitleStreamIndex => "SetSubtitleStreamIndex",
            Self::ToggleFullscreen => "ToggleFullscreen",
            Self::DisplayContent => "DisplayContent",
            Self::GoToSearch => "GoToSearch",
            Self::DisplayMessage => "DisplayMessage",
            Self::SetRepeatMode => "SetRepeatMode",
            Self::ChannelUp => "ChannelUp",
            Self::ChannelDown => "ChannelDown",
            Self::Guide => "Guide",
            Self::ToggleStats => "ToggleStats",
            Self::PlayMediaSource => "PlayMediaSource",
            Self::PlayTrailers => "PlayTrailers",
            Self::SetShuffleQueue => "SetShuffleQueue",
            Self::PlayState => "PlayState",
            Self::PlayNext => "PlayNext",
            Self::ToggleOsdMenu => "ToggleOsdMenu",
            Self::Play => "Play",
            Self::SetMaxStreamingBitrate => "SetMaxStreamingBitrate",
            Self::SetPlaybackOrder => "SetPlaybackOrder",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for GeneralCommandType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for GeneralCommandType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "MoveUp" => Self::MoveUp,
            "MoveDown" => Self::MoveDown,
            "MoveLeft" => Self::MoveLeft,
            "MoveRight" => Self::MoveRight,
            "PageUp" => Self::PageUp,
            "PageDown" => Self::PageDown,
            "PreviousLetter" => Self::PreviousLetter,
            "NextLetter" => Self::NextLetter,
            "ToggleOsd" => Self::ToggleOsd,
            "ToggleContextMenu" => Self::ToggleContextMenu,
            "Select" => Self::Select,
            "Back" => Self::Back,
            "TakeScreenshot" => Self::TakeScreenshot,
            "SendKey" => Self::SendKey,
            "SendString" => Self::SendString,
            "GoHome" => Self::GoHome,
            "GoToSettings" => Self::GoToSettings,
            "VolumeUp" => Self::VolumeUp,
            "VolumeDown" => Self::VolumeDown,
            "Mute" => Self::Mute,
            "Unmute" => Self::Unmute,
            "ToggleMute" => Self::ToggleMute,
            "SetVolume" => Self::SetVolume,
            "SetAudioStreamIndex" => Self::SetAudioStreamIndex,
            "SetSubtitleStreamIndex" => Self::SetSubtitleStreamIndex,
            "ToggleFullscreen" => Self::ToggleFullscreen,
            "DisplayContent" => Self::DisplayContent,
            "GoToSearch" => Self::GoToSearch,
            "DisplayMessage" => Self::DisplayMessage,
            "SetRepeatMode" => Self::SetRepeatMode,
            "ChannelUp" => Self::ChannelUp,
            "ChannelDown" => Self::ChannelDown,
            "Guide" => Self::Guide,
            "ToggleStats" => Self::ToggleStats,
            "PlayMediaSource" => Self::PlayMediaSource,
            "PlayTrailers" => Self::PlayTrailers,
            "SetShuffleQueue" => Self::SetShuffleQueue,
            "PlayState" => Self::PlayState,
            "PlayNext" => Self::PlayNext,
            "ToggleOsdMenu" => Self::ToggleOsdMenu,
            "Play" => Self::Play,
            "SetMaxStreamingBitrate" => Self::SetMaxStreamingBitrate,
            "SetPlaybackOrder" => Self::SetPlaybackOrder,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for GeneralCommandType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for GeneralCommandType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Enum containing hardware acceleration types.
///
/// Schema: `#/components/schemas/HardwareAccelerationType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HardwareAccelerationType {
    /// `none`
    None,
    /// `amf`
    Amf,
    /// `qsv`
    Qsv,
    /// `nvenc`
    Nvenc,
    /// `v4l2m2m`
    V4l2m2m,
    /// `vaapi`
    Vaapi,
    /// `videotoolbox`
    Videotoolbox,
    /// `rkmpp`
    Rkmpp,
    /// A value this version of the spec does not list.
    Other(String),
}
impl HardwareAccelerationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Amf => "amf",
            Self::Qsv => "qsv",
            Self::Nvenc => "nvenc",
            Self::V4l2m2m => "v4l2m2m",
            Self::Vaapi => "vaapi",
            Self::Videotoolbox => "videotoolbox",
            Self::Rkmpp => "rkmpp",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for HardwareAccelerationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for HardwareAccelerationType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "none" => Self::None,
            "amf" => Self::Amf,
            "qsv" => Self::Qsv,
            "nvenc" => Self::Nvenc,
            "v4l2m2m" => Self::V4l2m2m,
            "vaapi" => Self::Vaapi,
            "videotoolbox" => Self::Videotoolbox,
            "rkmpp" => Self::Rkmpp,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for HardwareAccelerationType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for HardwareAccelerationType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/ImageOrientation`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ImageOrientation {
    /// `TopLeft`
    TopLeft,
    /// `TopRight`
    TopRight,
    /// `BottomRight`
    BottomRight,
    /// `BottomLeft`
    BottomLeft,
    /// `LeftTop`
    LeftTop,
    /// `RightTop`
    RightTop,
    /// `RightBottom`
    RightBottom,
    /// `LeftBottom`
    LeftBottom,
    /// A value this version of the spec does not list.
    Other(String),
}
impl ImageOrientation {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TopLeft => "TopLeft",
            Self::TopRight => "TopRight",
            Self::BottomRight => "BottomRight",
            Self::BottomLeft => "BottomLeft",
            Self::LeftTop => "LeftTop",
            Self::RightTop => "RightTop",
            Self::RightBottom => "RightBottom",
            Self::LeftBottom => "LeftBottom",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for ImageOrientation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ImageOrientation {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "TopLeft" => Self::TopLeft,
            "TopRight" => Self::TopRight,
            "BottomRight" => Self::BottomRight,
            "BottomLeft" => Self::BottomLeft,
            "LeftTop" => Self::LeftTop,
            "RightTop" => Self::RightTop,
            "RightBottom" => Self::RightBottom,
            "LeftBottom" => Self::LeftBottom,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for ImageOrientation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ImageOrientation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Enum IsoType.
///
/// Schema: `#/components/schemas/IsoType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IsoType {
    /// `Dvd`
    Dvd,
    /// `BluRay`
    BluRay,
    /// A value this version of the spec does not list.
    Other(String),
}
impl IsoType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dvd => "Dvd",
            Self::BluRay => "BluRay",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for IsoType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for IsoType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Dvd" => Self::Dvd,
            "BluRay" => Self::BluRay,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for IsoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for IsoType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Enum LocationType.
///
/// Schema: `#/components/schemas/LocationType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LocationType {
    /// `FileSystem`
    FileSystem,
    /// `Remote`
    Remote,
    /// `Virtual`
    Virtual,
    /// `Offline`
    Offline,
    /// A value this version of the spec does not list.
    Other(String),
}
impl LocationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileSystem => "FileSystem",
            Self::Remote => "Remote",
            Self::Virtual => "Virtual",
            Self::Offline => "Offline",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for LocationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for LocationType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "FileSystem" => Self::FileSystem,
            "Remote" => Self::Remote,
            "Virtual" => Self::Virtual,
            "Offline" => Self::Offline,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for LocationType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for LocationType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Class MediaAttachment.
///
/// Schema: `#/components/schemas/MediaAttachment`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct MediaAttachment {
    /// Gets or sets the codec.
    #[serde(rename = "Codec", default, skip_serializing_if = "Option::is_none")]
    pub codec: Option<String>,
    /// Gets or sets the codec tag.
    #[serde(rename = "CodecTag", default, skip_serializing_if = "Option::is_none")]
    pub codec_tag: Option<String>,
    /// Gets or sets the comment.
    #[serde(rename = "Comment", default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Gets or sets the index.
    #[serde(rename = "Index", default, skip_serializing_if = "Option::is_none")]
    pub index: Option<i32>,
    /// Gets or sets the filename.
    #[serde(rename = "FileName", default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// Gets or sets the MIME type.
    #[serde(rename = "MimeType", default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// Gets or sets the delivery URL.
    #[serde(
        rename = "DeliveryUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delivery_url: Option<String>,
}
/// Schema: `#/components/schemas/MediaProtocol`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MediaProtocol {
    /// `File`
    File,
    /// `Http`
    Http,
    /// `Rtmp`
    Rtmp,
    /// `Rtsp`
    Rtsp,
    /// `Udp`
    Udp,
    /// `Rtp`
    Rtp,
    /// `Ftp`
    Ftp,
    /// A value this version of the spec does not list.
    Other(String),
}
impl MediaProtocol {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "File",
            Self::Http => "Http",
            Self::Rtmp => "Rtmp",
            Self::Rtsp => "Rtsp",
            Self::Udp => "Udp",
            Self::Rtp => "Rtp",
            Self::Ftp => "Ftp",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for MediaProtocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for MediaProtocol {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "File" => Self::File,
            "Http" => Self::Http,
            "Rtmp" => Self::Rtmp,
            "Rtsp" => Self::Rtsp,
            "Udp" => Self::Udp,
            "Rtp" => Self::Rtp,
            "Ftp" => Self::Ftp,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for MediaProtocol {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for MediaProtocol {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/MediaSourceInfo`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct MediaSourceInfo {
    #[serde(rename = "Protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<MediaProtocol>,
    #[serde(rename = "Id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "Path", default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(
        rename = "EncoderPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub encoder_path: Option<String>,
    #[serde(
        rename = "EncoderProtocol",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub encoder_protocol: Option<MediaProtocol>,
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<MediaSourceType>,
    #[serde(rename = "Container", default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    #[serde(rename = "Size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Gets or sets a value indicating whether the media is remote. Differentiate internet url vs local network.
    #[serde(rename = "IsRemote", default, skip_serializing_if = "Option::is_none")]
    pub is_remote: Option<bool>,
    #[serde(rename = "ETag", default, skip_serializing_if = "Option::is_none")]
    pub e_tag: Option<String>,
    #[serde(
        rename = "RunTimeTicks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub run_time_ticks: Option<i64>,
    #[serde(
        rename = "ReadAtNativeFramerate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub read_at_native_framerate: Option<bool>,
    #[serde(rename = "IgnoreDts", default, skip_serializing_if = "Option::is_none")]
    pub ignore_dts: Option<bool>,
    #[serde(
        rename = "IgnoreIndex",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ignore_index: Option<bool>,
    #[serde(
        rename = "GenPtsInput",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gen_pts_input: Option<bool>,
    #[serde(
        rename = "SupportsTranscoding",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supports_transcoding: Option<bool>,
    #[serde(
        rename = "SupportsDirectStream",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supports_direct_stream: Option<bool>,
    #[serde(
        rename = "SupportsDirectPlay",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supports_direct_play: Option<bool>,
    #[serde(
        rename = "IsInfiniteStream",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_infinite_stream: Option<bool>,
    /// Default: `false`
    #[serde(
        rename = "UseMostCompatibleTranscodingProfile",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_most_compatible_transcoding_profile: Option<bool>,
    #[serde(
        rename = "RequiresOpening",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_opening: Option<bool>,
    #[serde(rename = "OpenToken", default, skip_serializing_if = "Option::is_none")]
    pub open_token: Option<String>,
    #[serde(
        rename = "RequiresClosing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_closing: Option<bool>,
    #[serde(
        rename = "LiveStreamId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub live_stream_id: Option<String>,
    #[serde(rename = "BufferMs", default, skip_serializing_if = "Option::is_none")]
    pub buffer_ms: Option<i32>,
    #[serde(
        rename = "RequiresLooping",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_looping: Option<bool>,
    #[serde(
        rename = "SupportsProbing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supports_probing: Option<bool>,
    #[serde(rename = "VideoType", default, skip_serializing_if = "Option::is_none")]
    pub video_type: Option<VideoType>,
    #[serde(rename = "IsoType", default, skip_serializing_if = "Option::is_none")]
    pub iso_type: Option<IsoType>,
    #[serde(
        rename = "Video3DFormat",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub video3_d_format: Option<Video3DFormat>,
    #[serde(
        rename = "MediaStreams",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub media_streams: Option<Vec<MediaStream>>,
    #[serde(
        rename = "MediaAttachments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub media_attachments: Option<Vec<MediaAttachment>>,
    #[serde(rename = "Formats", default, skip_serializing_if = "Option::is_none")]
    pub formats: Option<Vec<String>>,
    #[serde(rename = "Bitrate", default, skip_serializing_if = "Option::is_none")]
    pub bitrate: Option<i32>,
    #[serde(
        rename = "FallbackMaxStreamingBitrate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fallback_max_streaming_bitrate: Option<i32>,
    #[serde(rename = "Timestamp", default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<TransportStreamTimestamp>,
    #[serde(
        rename = "RequiredHttpHeaders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub required_http_headers: Option<std::collections::BTreeMap<String, Option<String>>>,
    #[serde(
        rename = "TranscodingUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transcoding_url: Option<String>,
    /// Media streaming protocol. Lowercase for backwards compatibility.
    #[serde(
        rename = "TranscodingSubProtocol",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transcoding_sub_protocol: Option<MediaStreamProtocol>,
    #[serde(
        rename = "TranscodingContainer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transcoding_container: Option<String>,
    #[serde(
        rename = "AnalyzeDurationMs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub analyze_duration_ms: Option<i32>,
    #[serde(
        rename = "DefaultAudioStreamIndex",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_audio_stream_index: Option<i32>,
    #[serde(
        rename = "DefaultSubtitleStreamIndex",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_subtitle_stream_index: Option<i32>,
    #[serde(
        rename = "HasSegments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub has_segments: Option<bool>,
}
/// Schema: `#/components/schemas/MediaSourceType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MediaSourceType {
    /// `Default`
    Default,
    /// `Grouping`
    Grouping,
    /// `Placeholder`
    Placeholder,
    /// A value this version of the spec does not list.
    Other(String),
}
impl MediaSourceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "Default",
            Self::Grouping => "Grouping",
            Self::Placeholder => "Placeholder",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for MediaSourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for MediaSourceType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Default" => Self::Default,
            "Grouping" => Self::Grouping,
            "Placeholder" => Self::Placeholder,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for MediaSourceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for MediaSourceType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Class MediaStream.
///
/// Schema: `#/components/schemas/MediaStream`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct MediaStream {
    /// Gets or sets the codec.
    #[serde(rename = "Codec", default, skip_serializing_if = "Option::is_none")]
    pub codec: Option<String>,
    /// Gets or sets the codec tag.
    #[serde(rename = "CodecTag", default, skip_serializing_if = "Option::is_none")]
    pub codec_tag: Option<String>,
    /// Gets or sets the language.
    #[serde(rename = "Language", default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Gets or sets the color range.
    #[serde(
        rename = "ColorRange",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub color_range: Option<String>,
    /// Gets or sets the color space.
    #[serde(
        rename = "ColorSpace",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub color_space: Option<String>,
    /// Gets or sets the color transfer.
    #[serde(
        rename = "ColorTransfer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub color_transfer: Option<String>,
    /// Gets or sets the color primaries.
    #[serde(
        rename = "ColorPrimaries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub color_primaries: Option<String>,
    /// Gets or sets the Dolby Vision version major.
    #[serde(
        rename = "DvVersionMajor",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dv_version_major: Option<i32>,
    /// Gets or sets the Dolby Vision version minor.
    #[serde(
        rename = "DvVersionMinor",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dv_version_minor: Option<i32>,
    /// Gets or sets the Dolby Vision profile.
    #[serde(rename = "DvProfile", default, skip_serializing_if = "Option::is_none")]
    pub dv_profile: Option<i32>,
    /// Gets or sets the Dolby Vision level.
    #[serde(rename = "DvLevel", default, skip_serializing_if = "Option::is_none")]
    pub dv_level: Option<i32>,
    /// Gets or sets the Dolby Vision rpu present flag.
    #[serde(
        rename = "RpuPresentFlag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rpu_present_flag: Option<i32>,
    /// Gets or sets the Dolby Vision el present flag.
    #[serde(
        rename = "ElPresentFlag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub el_present_flag: Option<i32>,
    /// Gets or sets the Dolby Vision bl present flag.
    #[serde(
        rename = "BlPresentFlag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bl_present_flag: Option<i32>,
    /// Gets or sets the Dolby Vision bl signal compatibility id.
    #[serde(
        rename = "DvBlSignalCompatibilityId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dv_bl_signal_compatibility_id: Option<i32>,
    /// Gets or sets the Rotation in degrees.
    #[serde(rename = "Rotation", default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<i32>,
    /// Gets or sets the comment.
    #[serde(rename = "Comment", default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Gets or sets the time base.
    #[serde(rename = "TimeBase", default, skip_serializing_if = "Option::is_none")]
    pub time_base: Option<String>,
    /// Gets or sets the codec time base.
    #[serde(
        rename = "CodecTimeBase",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub codec_time_base: Option<String>,
    /// Gets or sets the title.
    #[serde(rename = "Title", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(
        rename = "Hdr10PlusPresentFlag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hdr10_plus_present_flag: Option<bool>,
    /// An enum representing video ranges.
    ///
    /// Default: `"Unknown"`
    ///
    /// Read-only: sent by the server, ignored in requests.
    #[serde(
        rename = "VideoRange",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub video_range: Option<VideoRange>,
    /// An enum representing types of video ranges.
    ///
    /// Default: `"Unknown"`
    ///
    /// Read-only: sent by the server, ignored in requests.
    #[serde(
        rename = "VideoRangeType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub video_range_type: Option<VideoRangeType>,
    /// Gets the video dovi title.
    ///
    /// Read-only: sent by the server, ignored in requests.
    #[serde(
        rename = "VideoDoViTitle",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub video_do_vi_title: Option<String>,
    /// An enum representing formats of spatial audio.
    ///
    /// Default: `"None"`
    ///
    /// Read-only: sent by the server, ignored in requests.
    #[serde(
        rename = "AudioSpatialFormat",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub audio_spatial_format: Option<AudioSpatialFormat>,
    #[serde(
        rename = "LocalizedUndefined",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub localized_undefined: Option<String>,
    #[serde(
        rename = "LocalizedDefault",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub localized_default: Option<String>,
    #[serde(
        rename = "LocalizedForced",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub localized_forced: Option<String>,
    #[serde(
        rename = "LocalizedExternal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub localized_external: Option<String>,
    #[serde(
        rename = "LocalizedHearingImpaired",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub localized_hearing_impaired: Option<String>,
    /// Read-only: sent by the server, ignored in requests.
    #[serde(
        rename = "DisplayTitle",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_title: Option<String>,
    #[serde(
        rename = "NalLengthSize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub nal_length_size: Option<String>,
    /// Gets or sets a value indicating whether this instance is interlaced.
    #[serde(
        rename = "IsInterlaced",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_interlaced: Option<bool>,
    #[serde(rename = "IsAVC", default, skip_serializing_if = "Option::is_none")]
    pub is_avc: Option<bool>,
    /// Gets or sets the channel layout.
    #[serde(
        rename = "ChannelLayout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_layout: Option<String>,
    /// Gets or sets the bit rate.
    #[serde(rename = "BitRate", default, skip_serializing_if = "Option::is_none")]
    pub bit_rate: Option<i32>,
    /// Gets or sets the bit depth.
    #[serde(rename = "BitDepth", default, skip_serializing_if = "Option::is_none")]
    pub bit_depth: Option<i32>,
    /// Gets or sets the reference frames.
    #[serde(rename = "RefFrames", default, skip_serializing_if = "Option::is_none")]
    pub ref_frames: Option<i32>,
    /// Gets or sets the length of the packet.
    #[serde(
        rename = "PacketLength",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub packet_length: Option<i32>,
    /// Gets or sets the channels.
    #[serde(rename = "Channels", default, skip_serializing_if = "Option::is_none")]
    pub channels: Option<i32>,
    /// Gets or sets the sample rate.
    #[serde(
        rename = "SampleRate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sample_rate: Option<i32>,
    /// Gets or sets a value indicating whether this instance is default.
    #[serde(rename = "IsDefault", default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// Gets or sets a value indicating whether this instance is forced.
    #[serde(rename = "IsForced", default, skip_serializing_if = "Option::is_none")]
    pub is_forced: Option<bool>,
    /// Gets or sets a value indicating whether this instance is for the hearing impaired.
    #[serde(
        rename = "IsHearingImpaired",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_hearing_impaired: Option<bool>,
    /// Gets or sets the height.
    #[serde(rename = "Height", default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i32>,
    /// Gets or sets the width.
    #[serde(rename = "Width", default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i32>,
    /// Gets or sets the average frame rate.
    #[serde(
        rename = "AverageFrameRate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub average_frame_rate: Option<f32>,
    /// Gets or sets the real frame rate.
    #[serde(
        rename = "RealFrameRate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub real_frame_rate: Option<f32>,
    /// Gets the framerate used as reference. Prefer AverageFrameRate, if that is null or an unrealistic value then fallback to RealFrameRate.
    ///
    /// Read-only: sent by the server, ignored in requests.
    #[serde(
        rename = "ReferenceFrameRate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_frame_rate: Option<f32>,
    /// Gets or sets the profile.
    #[serde(rename = "Profile", default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// Gets or sets the type.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<MediaStreamType>,
    /// Gets or sets the aspect ratio.
    #[serde(
        rename = "AspectRatio",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub aspect_ratio: Option<String>,
    /// Gets or sets the index.
    #[serde(rename = "Index", default, skip_serializing_if = "Option::is_none")]
    pub index: Option<i32>,
    /// Gets or sets the score.
    #[serde(rename = "Score", default, skip_serializing_if = "Option::is_none")]
    pub score: Option<i32>,
    /// Gets or sets a value indicating whether this instance is external.
    #[serde(
        rename = "IsExternal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_external: Option<bool>,
    /// Gets or sets the method.
    #[serde(
        rename = "DeliveryMethod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delivery_method: Option<SubtitleDeliveryMethod>,
    /// Gets or sets the delivery URL.
    #[serde(
        rename = "DeliveryUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delivery_url: Option<String>,
    /// Gets or sets a value indicating whether this instance is external URL.
    #[serde(
        rename = "IsExternalUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_external_url: Option<bool>,
    /// Read-only: sent by the server, ignored in requests.
    #[serde(
        rename = "IsTextSubtitleStream",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_text_subtitle_stream: Option<bool>,
    /// Gets or sets a value indicating whether [supports external stream].
    #[serde(
        rename = "SupportsExternalStream",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supports_external_stream: Option<bool>,
    /// Gets or sets the filename.
    #[serde(rename = "Path", default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Gets or sets the pixel format.
    #[serde(
        rename = "PixelFormat",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pixel_format: Option<String>,
    /// Gets or sets the level.
    #[serde(rename = "Level", default, skip_serializing_if = "Option::is_none")]
    pub level: Option<f64>,
    /// Gets or sets whether this instance is anamorphic.
    #[serde(
        rename = "IsAnamorphic",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_anamorphic: Option<bool>,
}
/// Media streaming protocol. Lowercase for backwards compatibility.
///
/// Schema: `#/components/schemas/MediaStreamProtocol`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MediaStreamProtocol {
    /// `http`
    Http,
    /// `hls`
    Hls,
    /// A value this version of the spec does not list.
    Other(String),
}
impl MediaStreamProtocol {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http => "http",
            Self::Hls => "hls",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for MediaStreamProtocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for MediaStreamProtocol {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "http" => Self::Http,
            "hls" => Self::Hls,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for MediaStreamProtocol {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for MediaStreamProtocol {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Enum MediaStreamType.
///
/// Schema: `#/components/schemas/MediaStreamType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MediaStreamType {
    /// `Audio`
    Audio,
    /// `Video`
    Video,
    /// `Subtitle`
    Subtitle,
    /// `EmbeddedImage`
    EmbeddedImage,
    /// `Data`
    Data,
    /// `Lyric`
    Lyric,
    /// A value this version of the spec does not list.
    Other(String),
}
impl MediaStreamType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Audio => "Audio",
            Self::Video => "Video",
            Self::Subtitle => "Subtitle",
            Self::EmbeddedImage => "EmbeddedImage",
            Self::Data => "Data",
            Self::Lyric => "Lyric",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for MediaStreamType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for MediaStreamType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Audio" => Self::Audio,
            "Video" => Self::Video,
            "Subtitle" => Self::Subtitle,
            "EmbeddedImage" => Self::EmbeddedImage,
            "Data" => Self::Data,
            "Lyric" => Self::Lyric,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for MediaStreamType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for MediaStreamType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Media types.
///
/// Schema: `#/components/schemas/MediaType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MediaType {
    /// `Unknown`
    Unknown,
    /// `Video`
    Video,
    /// `Audio`
    Audio,
    /// `Photo`
    Photo,
    /// `Book`
    Book,
    /// A value this version of the spec does not list.
    Other(String),
}
impl MediaType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "Unknown",
            Self::Video => "Video",
            Self::Audio => "Audio",
            Self::Photo => "Photo",
            Self::Book => "Book",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for MediaType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for MediaType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Unknown" => Self::Unknown,
            "Video" => Self::Video,
            "Audio" => Self::Audio,
            "Photo" => Self::Photo,
            "Book" => Self::Book,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for MediaType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for MediaType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/MediaUrl`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct MediaUrl {
    #[serde(rename = "Url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
/// Enum MetadataFields.
///
/// Schema: `#/components/schemas/MetadataField`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MetadataField {
    /// `Cast`
    Cast,
    /// `Genres`
    Genres,
    /// `ProductionLocations`
    ProductionLocations,
    /// `Studios`
    Studios,
    /// `Tags`
    Tags,
    /// `Name`
    Name,
    /// `Overview`
    Overview,
    /// `Runtime`
    Runtime,
    /// `OfficialRating`
    OfficialRating,
    /// A value this version of the spec does not list.
    Other(String),
}
impl MetadataField {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cast => "Cast",
            Self::Genres => "Genres",
            Self::ProductionLocations => "ProductionLocations",
            Self::Studios => "Studios",
            Self::Tags => "Tags",
            Self::Name => "Name",
            Self::Overview => "Overview",
            Self::Runtime => "Runtime",
            Self::OfficialRating => "OfficialRating",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for MetadataField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for MetadataField {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Cast" => Self::Cast,
            "Genres" => Self::Genres,
            "ProductionLocations" => Self::ProductionLocations,
            "Studios" => Self::Studios,
            "Tags" => Self::Tags,
            "Name" => Self::Name,
            "Overview" => Self::Overview,
            "Runtime" => Self::Runtime,
            "OfficialRating" => Self::OfficialRating,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for MetadataField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for MetadataField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/NameGuidPair`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct NameGuidPair {
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "Id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
}
/// The person kind.
///
/// Schema: `#/components/schemas/PersonKind`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PersonKind {
    /// `Unknown`
    Unknown,
    /// `Actor`
    Actor,
    /// `Director`
    Director,
    /// `Composer`
    Composer,
    /// `Writer`
    Writer,
    /// `GuestStar`
    GuestStar,
    /// `Producer`
    Producer,
    /// `Conductor`
    Conductor,
    /// `Lyricist`
    Lyricist,
    /// `Arranger`
    Arranger,
    /// `Engineer`
    Engineer,
    /// `Mixer`
    Mixer,
    /// `Remixer`
    Remixer,
    /// `Creator`
    Creator,
    /// `Artist`
    Artist,
    /// `AlbumArtist`
    AlbumArtist,
    /// `Author`
    Author,
    /// `Illustrator`
    Illustrator,
    /// `Penciller`
    Penciller,
    /// `Inker`
    Inker,
    /// `Colorist`
    Colorist,
    /// `Letterer`
    Letterer,
    /// `CoverArtist`
    CoverArtist,
    /// `Editor`
    Editor,
    /// `Translator`
    Translator,
    /// A value this version of the spec does not list.
    Other(String),
}
impl PersonKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "Unknown",
            Self::Actor => "Actor",
            Self::Director => "Director",
            Self::Composer => "Composer",
            Self::Writer => "Writer",
            Self::GuestStar => "GuestStar",
            Self::Producer => "Producer",
            Self::Conductor => "Conductor",
            Self::Lyricist => "Lyricist",
            Self::Arranger => "Arranger",
            Self::Engineer => "Engineer",
            Self::Mixer => "Mixer",
            Self::Remixer => "Remixer",
            Self::Creator => "Creator",
            Self::Artist => "Artist",
            Self::AlbumArtist => "AlbumArtist",
            Self::Author => "Author",
            Self::Illustrator => "Illustrator",
            Self::Penciller => "Penciller",
            Self::Inker => "Inker",
            Self::Colorist => "Colorist",
            Self::Letterer => "Letterer",
            Self::CoverArtist => "CoverArtist",
            Self::Editor => "Editor",
            Self::Translator => "Translator",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for PersonKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for PersonKind {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Unknown" => Self::Unknown,
            "Actor" => Self::Actor,
            "Director" => Self::Director,
            "Composer" => Self::Composer,
            "Writer" => Self::Writer,
            "GuestStar" => Self::GuestStar,
            "Producer" => Self::Producer,
            "Conductor" => Self::Conductor,
            "Lyricist" => Self::Lyricist,
            "Arranger" => Self::Arranger,
            "Engineer" => Self::Engineer,
            "Mixer" => Self::Mixer,
            "Remixer" => Self::Remixer,
            "Creator" => Self::Creator,
            "Artist" => Self::Artist,
            "AlbumArtist" => Self::AlbumArtist,
            "Author" => Self::Author,
            "Illustrator" => Self::Illustrator,
            "Penciller" => Self::Penciller,
            "Inker" => Self::Inker,
            "Colorist" => Self::Colorist,
            "Letterer" => Self::Letterer,
            "CoverArtist" => Self::CoverArtist,
            "Editor" => Self::Editor,
            "Translator" => Self::Translator,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for PersonKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PersonKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/PinRedeemResult`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PinRedeemResult {
    /// Gets or sets a value indicating whether this MediaBrowser.Model.Users.PinRedeemResult is success.
    #[serde(rename = "Success", default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Gets or sets the users reset.
    #[serde(
        rename = "UsersReset",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub users_reset: Option<Vec<String>>,
}
/// Schema: `#/components/schemas/PlayAccess`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlayAccess {
    /// `Full`
    Full,
    /// `None`
    None,
    /// A value this version of the spec does not list.
    Other(String),
}
impl PlayAccess {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "Full",
            Self::None => "None",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for PlayAccess {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for PlayAccess {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Full" => Self::Full,
            "None" => Self::None,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for PlayAccess {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PlayAccess {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/PlayMethod`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlayMethod {
    /// `Transcode`
    Transcode,
    /// `DirectStream`
    DirectStream,
    /// `DirectPlay`
    DirectPlay,
    /// A value this version of the spec does not list.
    Other(String),
}
impl PlayMethod {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Transcode => "Transcode",
            Self::DirectStream => "DirectStream",
            Self::DirectPlay => "DirectPlay",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for PlayMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for PlayMethod {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Transcode" => Self::Transcode,
            "DirectStream" => Self::DirectStream,
            "DirectPlay" => Self::DirectPlay,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for PlayMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PlayMethod {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Enum PlaybackOrder.
///
/// Schema: `#/components/schemas/PlaybackOrder`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaybackOrder {
    /// `Default`
    Default,
    /// `Shuffle`
    Shuffle,
    /// A value this version of the spec does not list.
    Other(String),
}
impl PlaybackOrder {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "Default",
            Self::Shuffle => "Shuffle",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for PlaybackOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for PlaybackOrder {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Default" => Self::Default,
            "Shuffle" => Self::Shuffle,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for PlaybackOrder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PlaybackOrder {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/PlayerStateInfo`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PlayerStateInfo {
    /// Gets or sets the now playing position ticks.
    #[serde(
        rename = "PositionTicks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub position_ticks: Option<i64>,
    /// Gets or sets a value indicating whether this instance can seek.
    #[serde(rename = "CanSeek", default, skip_serializing_if = "Option::is_none")]
    pub can_seek: Option<bool>,
    /// Gets or sets a value indicating whether this instance is paused.
    #[serde(rename = "IsPaused", default, skip_serializing_if = "Option::is_none")]
    pub is_paused: Option<bool>,
    /// Gets or sets a value indicating whether this instance is muted.
    #[serde(rename = "IsMuted", default, skip_serializing_if = "Option::is_none")]
    pub is_muted: Option<bool>,
    /// Gets or sets the volume level.
    #[serde(
        rename = "VolumeLevel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_level: Option<i32>,
    /// Gets or sets the index of the now playing audio stream.
    #[serde(
        rename = "AudioStreamIndex",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub audio_stream_index: Option<i32>,
    /// Gets or sets the index of the now playing subtitle stream.
    #[serde(
        rename = "SubtitleStreamIndex",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub subtitle_stream_index: Option<i32>,
    /// Gets or sets the now playing media version identifier.
    #[serde(
        rename = "MediaSourceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub media_source_id: Option<String>,
    /// Gets or sets the play method.
    #[serde(
        rename = "PlayMethod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub play_method: Option<PlayMethod>,
    /// Gets or sets the repeat mode.
    #[serde(
        rename = "RepeatMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub repeat_mode: Option<RepeatMode>,
    /// Gets or sets the playback order.
    #[serde(
        rename = "PlaybackOrder",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub playback_order: Option<PlaybackOrder>,
    /// Gets or sets the now playing live stream identifier.
    #[serde(
        rename = "LiveStreamId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub live_stream_id: Option<String>,
}
/// Schema: `#/components/schemas/ProblemDetails`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ProblemDetails {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// Properties not named in the schema (`additionalProperties`).
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
/// Schema: `#/components/schemas/ProfileCondition`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ProfileCondition {
    #[serde(rename = "Condition", default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<ProfileConditionType>,
    #[serde(rename = "Property", default, skip_serializing_if = "Option::is_none")]
    pub property: Option<ProfileConditionValue>,
    #[serde(rename = "Value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(
        rename = "IsRequired",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_required: Option<bool>,
}
/// Schema: `#/components/schemas/ProfileConditionType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProfileConditionType {
    /// `Equals`
    Equals,
    /// `NotEquals`
    NotEquals,
    /// `LessThanEqual`
    LessThanEqual,
    /// `GreaterThanEqual`
    GreaterThanEqual,
    /// `EqualsAny`
    EqualsAny,
    /// A value this version of the spec does not list.
    Other(String),
}
impl ProfileConditionType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "Equals",
            Self::NotEquals => "NotEquals",
            Self::LessThanEqual => "LessThanEqual",
            Self::GreaterThanEqual => "GreaterThanEqual",
            Self::EqualsAny => "EqualsAny",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for ProfileConditionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ProfileConditionType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Equals" => Self::Equals,
            "NotEquals" => Self::NotEquals,
            "LessThanEqual" => Self::LessThanEqual,
            "GreaterThanEqual" => Self::GreaterThanEqual,
            "EqualsAny" => Self::EqualsAny,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for ProfileConditionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ProfileConditionType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/ProfileConditionValue`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProfileConditionValue {
    /// `AudioChannels`
    AudioChannels,
    /// `AudioBitrate`
    AudioBitrate,
    /// `AudioProfile`
    AudioProfile,
    /// `Width`
    Width,
    /// `Height`
    Height,
    /// `Has64BitOffsets`
    Has64BitOffsets,
    /// `PacketLength`
    PacketLength,
    /// `VideoBitDepth`
    VideoBitDepth,
    /// `VideoBitrate`
    VideoBitrate,
    /// `VideoFramerate`
    VideoFramerate,
    /// `VideoLevel`
    VideoLevel,
    /// `VideoProfile`
    VideoProfile,
    /// `VideoTimestamp`
    VideoTimestamp,
    /// `IsAnamorphic`
    IsAnamorphic,
    /// `RefFrames`
    RefFrames,
    /// `NumAudioStreams`
    NumAudioStreams,
    /// `NumVideoStreams`
    NumVideoStreams,
    /// `IsSecondaryAudio`
    IsSecondaryAudio,
    /// `VideoCodecTag`
    VideoCodecTag,
    /// `IsAvc`
    IsAvc,
    /// `IsInterlaced`
    IsInterlaced,
    /// `AudioSampleRate`
    AudioSampleRate,
    /// `AudioBitDepth`
    AudioBitDepth,
    /// `VideoRangeType`
    VideoRangeType,
    /// `NumStreams`
    NumStreams,
    /// A value this version of the spec does not list.
    Other(String),
}
impl ProfileConditionValue {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AudioChannels => "AudioChannels",
            Self::AudioBitrate => "AudioBitrate",
            Self::AudioProfile => "AudioProfile",
            Self::Width => "Width",
            Self::Height => "Height",
            Self::Has64BitOffsets => "Has64BitOffsets",
            Self::PacketLength => "PacketLength",
            Self::VideoBitDepth => "VideoBitDepth",
            Self::VideoBitrate => "VideoBitrate",
            Self::VideoFramerate => "VideoFramerate",
            Self::VideoLevel => "VideoLevel",
            Self::VideoProfile => "VideoProfile",
            Self::VideoTimestamp => "VideoTimestamp",
            Self::IsAnamorphic => "IsAnamorphic",
            Self::RefFrames => "RefFrames",
            Self::NumAudioStreams => "NumAudioStreams",
            Self::NumVideoStreams => "NumVideoStreams",
            Self::IsSecondaryAudio => "IsSecondaryAudio",
            Self::VideoCodecTag => "VideoCodecTag",
            Self::IsAvc => "IsAvc",
            Self::IsInterlaced => "IsInterlaced",
            Self::AudioSampleRate => "AudioSampleRate",
            Self::AudioBitDepth => "AudioBitDepth",
            Self::VideoRangeType => "VideoRangeType",
            Self::NumStreams => "NumStreams",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for ProfileConditionValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ProfileConditionValue {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "AudioChannels" => Self::AudioChannels,
            "AudioBitrate" => Self::AudioBitrate,
            "AudioProfile" => Self::AudioProfile,
            "Width" => Self::Width,
            "Height" => Self::Height,
            "Has64BitOffsets" => Self::Has64BitOffsets,
            "PacketLength" => Self::PacketLength,
            "VideoBitDepth" => Self::VideoBitDepth,
            "VideoBitrate" => Self::VideoBitrate,
            "VideoFramerate" => Self::VideoFramerate,
            "VideoLevel" => Self::VideoLevel,
            "VideoProfile" => Self::VideoProfile,
            "VideoTimestamp" => Self::VideoTimestamp,
            "IsAnamorphic" => Self::IsAnamorphic,
            "RefFrames" => Self::RefFrames,
            "NumAudioStreams" => Self::NumAudioStreams,
            "NumVideoStreams" => Self::NumVideoStreams,
            "IsSecondaryAudio" => Self::IsSecondaryAudio,
            "VideoCodecTag" => Self::VideoCodecTag,
            "IsAvc" => Self::IsAvc,
            "IsInterlaced" => Self::IsInterlaced,
            "AudioSampleRate" => Self::AudioSampleRate,
            "AudioBitDepth" => Self::AudioBitDepth,
            "VideoRangeType" => Self::VideoRangeType,
            "NumStreams" => Self::NumStreams,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for ProfileConditionValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ProfileConditionValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/ProgramAudio`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProgramAudio {
    /// `Mono`
    Mono,
    /// `Stereo`
    Stereo,
    /// `Dolby`
    Dolby,
    /// `DolbyDigital`
    DolbyDigital,
    /// `Thx`
    Thx,
    /// `Atmos`
    Atmos,
    /// A value this version of the spec does not list.
    Other(String),
}
impl ProgramAudio {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mono => "Mono",
            Self::Stereo => "Stereo",
            Self::Dolby => "Dolby",
            Self::DolbyDigital => "DolbyDigital",
            Self::Thx => "Thx",
            Self::Atmos => "Atmos",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for ProgramAudio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ProgramAudio {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Mono" => Self::Mono,
            "Stereo" => Self::Stereo,
            "Dolby" => Self::Dolby,
            "DolbyDigital" => Self::DolbyDigital,
            "Thx" => Self::Thx,
            "Atmos" => Self::Atmos,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for ProgramAudio {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ProgramAudio {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/QueueItem`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QueueItem {
    #[serde(rename = "Id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    #[serde(
        rename = "PlaylistItemId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub playlist_item_id: Option<String>,
}
/// The quick connect request body.
///
/// Schema: `#/components/schemas/QuickConnectDto`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QuickConnectDto {
    /// Gets or sets the quick connect secret.
    #[serde(rename = "Secret")]
    pub secret: String,
}
/// Schema: `#/components/schemas/RepeatMode`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepeatMode {
    /// `RepeatNone`
    RepeatNone,
    /// `RepeatAll`
    RepeatAll,
    /// `RepeatOne`
    RepeatOne,
    /// A value this version of the spec does not list.
    Other(String),
}
impl RepeatMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RepeatNone => "RepeatNone",
            Self::RepeatAll => "RepeatAll",
            Self::RepeatOne => "RepeatOne",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for RepeatMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for RepeatMode {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "RepeatNone" => Self::RepeatNone,
            "RepeatAll" => Self::RepeatAll,
            "RepeatOne" => Self::RepeatOne,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for RepeatMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for RepeatMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Session info DTO.
///
/// Schema: `#/components/schemas/SessionInfoDto`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SessionInfoDto {
    /// Gets or sets the play state.
    #[serde(rename = "PlayState", default, skip_serializing_if = "Option::is_none")]
    pub play_state: Option<PlayerStateInfo>,
    /// Gets or sets the additional users.
    #[serde(
        rename = "AdditionalUsers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub additional_users: Option<Vec<SessionUserInfo>>,
    /// Gets or sets the client capabilities.
    #[serde(
        rename = "Capabilities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capabilities: Option<ClientCapabilitiesDto>,
    /// Gets or sets the remote end point.
    #[serde(
        rename = "RemoteEndPoint",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remote_end_point: Option<String>,
    /// Gets or sets the playable media types.
    #[serde(
        rename = "PlayableMediaTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub playable_media_types: Option<Vec<MediaType>>,
    /// Gets or sets the id.
    #[serde(rename = "Id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Gets or sets the user id.
    #[serde(rename = "UserId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<uuid::Uuid>,
    /// Gets or sets the username.
    #[serde(rename = "UserName", default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// Gets or sets the type of the client.
    #[serde(rename = "Client", default, skip_serializing_if = "Option::is_none")]
    pub client: Option<String>,
    /// Gets or sets the last activity date.
    #[serde(
        rename = "LastActivityDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_activity_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Gets or sets the last playback check in.
    #[serde(
        rename = "LastPlaybackCheckIn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_playback_check_in: Option<chrono::DateTime<chrono::Utc>>,
    /// Gets or sets the last paused date.
    #[serde(
        rename = "LastPausedDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_paused_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Gets or sets the name of the device.
    #[serde(
        rename = "DeviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_name: Option<String>,
    /// Gets or sets the type of the device.
    #[serde(
        rename = "DeviceType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_type: Option<String>,
    /// Gets or sets the now playing item.
    #[serde(
        rename = "NowPlayingItem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub now_playing_item: Option<BaseItemDto>,
    /// Gets or sets the now viewing item.
    #[serde(
        rename = "NowViewingItem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub now_viewing_item: Option<BaseItemDto>,
    /// Gets or sets the device id.
    #[serde(rename = "DeviceId", default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// Gets or sets the application version.
    #[serde(
        rename = "ApplicationVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub application_version: Option<String>,
    /// Gets or sets the transcoding info.
    #[serde(
        rename = "TranscodingInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transcoding_info: Option<TranscodingInfo>,
    /// Gets or sets a value indicating whether this session is active.
    #[serde(rename = "IsActive", default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    /// Gets or sets a value indicating whether the session supports media control.
    #[serde(
        rename = "SupportsMediaControl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supports_media_control: Option<bool>,
    /// Gets or sets a value indicating whether the session supports remote control.
    #[serde(
        rename = "SupportsRemoteControl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supports_remote_control: Option<bool>,
    /// Gets or sets the now playing queue.
    #[serde(
        rename = "NowPlayingQueue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub now_playing_queue: Option<Vec<QueueItem>>,
    /// Gets or sets the now playing queue full items.
    #[serde(
        rename = "NowPlayingQueueFullItems",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub now_playing_queue_full_items: Option<Vec<BaseItemDto>>,
    /// Gets or sets a value indicating whether the session has a custom device name.
    #[serde(
        rename = "HasCustomDeviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub has_custom_device_name: Option<bool>,
    /// Gets or sets the playlist item id.
    #[serde(
        rename = "PlaylistItemId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub playlist_item_id: Option<String>,
    /// Gets or sets the server id.
    #[serde(rename = "ServerId", default, skip_serializing_if = "Option::is_none")]
    pub server_id: Option<String>,
    /// Gets or sets the user primary image tag.
    #[serde(
        rename = "UserPrimaryImageTag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub user_primary_image_tag: Option<String>,
    /// Gets or sets the supported commands.
    #[serde(
        rename = "SupportedCommands",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supported_commands: Option<Vec<GeneralCommandType>>,
}
/// Class SessionUserInfo.
///
/// Schema: `#/components/schemas/SessionUserInfo`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SessionUserInfo {
    /// Gets or sets the user identifier.
    #[serde(rename = "UserId", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<uuid::Uuid>,
    /// Gets or sets the name of the user.
    #[serde(rename = "UserName", default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
}
/// Delivery method to use during playback of a specific subtitle format.
///
/// Schema: `#/components/schemas/SubtitleDeliveryMethod`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SubtitleDeliveryMethod {
    /// `Encode`
    Encode,
    /// `Embed`
    Embed,
    /// `External`
    External,
    /// `Hls`
    Hls,
    /// `Drop`
    Drop,
    /// A value this version of the spec does not list.
    Other(String),
}
impl SubtitleDeliveryMethod {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Encode => "Encode",
            Self::Embed => "Embed",
            Self::External => "External",
            Self::Hls => "Hls",
            Self::Drop => "Drop",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for SubtitleDeliveryMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for SubtitleDeliveryMethod {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Encode" => Self::Encode,
            "Embed" => Self::Embed,
            "External" => Self::External,
            "Hls" => Self::Hls,
            "Drop" => Self::Drop,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for SubtitleDeliveryMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SubtitleDeliveryMethod {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// An enum representing a subtitle playback mode.
///
/// Schema: `#/components/schemas/SubtitlePlaybackMode`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SubtitlePlaybackMode {
    /// `Default`
    Default,
    /// `Always`
    Always,
    /// `OnlyForced`
    OnlyForced,
    /// `None`
    None,
    /// `Smart`
    Smart,
    /// A value this version of the spec does not list.
    Other(String),
}
impl SubtitlePlaybackMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "Default",
            Self::Always => "Always",
            Self::OnlyForced => "OnlyForced",
            Self::None => "None",
            Self::Smart => "Smart",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for SubtitlePlaybackMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for SubtitlePlaybackMode {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Default" => Self::Default,
            "Always" => Self::Always,
            "OnlyForced" => Self::OnlyForced,
            "None" => Self::None,
            "Smart" => Self::Smart,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for SubtitlePlaybackMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SubtitlePlaybackMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// A class for subtitle profile information.
///
/// Schema: `#/components/schemas/SubtitleProfile`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SubtitleProfile {
    /// Gets or sets the format.
    #[serde(rename = "Format", default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Gets or sets the delivery method.
    #[serde(rename = "Method", default, skip_serializing_if = "Option::is_none")]
    pub method: Option<SubtitleDeliveryMethod>,
    /// Gets or sets the DIDL mode.
    #[serde(rename = "DidlMode", default, skip_serializing_if = "Option::is_none")]
    pub didl_mode: Option<String>,
    /// Gets or sets the language.
    #[serde(rename = "Language", default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Gets or sets the container.
    #[serde(rename = "Container", default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
}
/// Enum SyncPlayUserAccessType.
///
/// Schema: `#/components/schemas/SyncPlayUserAccessType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SyncPlayUserAccessType {
    /// `CreateAndJoinGroups`
    CreateAndJoinGroups,
    /// `JoinGroups`
    JoinGroups,
    /// `None`
    None,
    /// A value this version of the spec does not list.
    Other(String),
}
impl SyncPlayUserAccessType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreateAndJoinGroups => "CreateAndJoinGroups",
            Self::JoinGroups => "JoinGroups",
            Self::None => "None",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for SyncPlayUserAccessType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for SyncPlayUserAccessType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "CreateAndJoinGroups" => Self::CreateAndJoinGroups,
            "JoinGroups" => Self::JoinGroups,
            "None" => Self::None,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for SyncPlayUserAccessType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for SyncPlayUserAccessType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/TranscodeReason`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TranscodeReason {
    /// `ContainerNotSupported`
    ContainerNotSupported,
    /// `VideoCodecNotSupported`
    VideoCodecNotSupported,
    /// `AudioCodecNotSupported`
    AudioCodecNotSupported,
    /// `SubtitleCodecNotSupported`
    SubtitleCodecNotSupported,
    /// `AudioIsExternal`
    AudioIsExternal,
    /// `SecondaryAudioNotSupported`
    SecondaryAudioNotSupported,
    /// `VideoProfileNotSupported`
    VideoProfileNotSupported,
    /// `VideoLevelNotSupported`
    VideoLevelNotSupported,
    /// `VideoResolutionNotSupported`
    VideoResolutionNotSupported,
    /// `VideoBitDepthNotSupported`
    VideoBitDepthNotSupported,
    /// `VideoFramerateNotSupported`
    VideoFramerateNotSupported,
    /// `RefFramesNotSupported`
    RefFramesNotSupported,
    /// `AnamorphicVideoNotSupported`
    AnamorphicVideoNotSupported,
    /// `InterlacedVideoNotSupported`
    InterlacedVideoNotSupported,
    /// `AudioChannelsNotSupported`
    AudioChannelsNotSupported,
    /// `AudioProfileNotSupported`
    AudioProfileNotSupported,
    /// `AudioSampleRateNotSupported`
    AudioSampleRateNotSupported,
    /// `AudioBitDepthNotSupported`
    AudioBitDepthNotSupported,
    /// `ContainerBitrateExceedsLimit`
    ContainerBitrateExceedsLimit,
    /// `VideoBitrateNotSupported`
    VideoBitrateNotSupported,
    /// `AudioBitrateNotSupported`
    AudioBitrateNotSupported,
    /// `UnknownVideoStreamInfo`
    UnknownVideoStreamInfo,
    /// `UnknownAudioStreamInfo`
    UnknownAudioStreamInfo,
    /// `DirectPlayError`
    DirectPlayError,
    /// `VideoRangeTypeNotSupported`
    VideoRangeTypeNotSupported,
    /// `VideoCodecTagNotSupported`
    VideoCodecTagNotSupported,
    /// `StreamCountExceedsLimit`
    StreamCountExceedsLimit,
    /// A value this version of the spec does not list.
    Other(String),
}
impl TranscodeReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContainerNotSupported => "ContainerNotSupported",
            Self::VideoCodecNotSupported => "VideoCodecNotSupported",
            Self::AudioCodecNotSupported => "AudioCodecNotSupported",
            Self::SubtitleCodecNotSupported => "SubtitleCodecNotSupported",
            Self::AudioIsExternal => "AudioIsExternal",
            Self::SecondaryAudioNotSupported => "SecondaryAudioNotSupported",
            Self::VideoProfileNotSupported => "VideoProfileNotSupported",
            Self::VideoLevelNotSupported => "VideoLevelNotSupported",
            Self::VideoResolutionNotSupported => "VideoResolutionNotSupported",
            Self::VideoBitDepthNotSupported => "VideoBitDepthNotSupported",
            Self::VideoFramerateNotSupported => "VideoFramerateNotSupported",
            Self::RefFramesNotSupported => "RefFramesNotSupported",
            Self::AnamorphicVideoNotSupported => "AnamorphicVideoNotSupported",
            Self::InterlacedVideoNotSupported => "InterlacedVideoNotSupported",
            Self::AudioChannelsNotSupported => "AudioChannelsNotSupported",
            Self::AudioProfileNotSupported => "AudioProfileNotSupported",
            Self::AudioSampleRateNotSupported => "AudioSampleRateNotSupported",
            Self::AudioBitDepthNotSupported => "AudioBitDepthNotSupported",
            Self::ContainerBitrateExceedsLimit => "ContainerBitrateExceedsLimit",
            Self::VideoBitrateNotSupported => "VideoBitrateNotSupported",
            Self::AudioBitrateNotSupported => "AudioBitrateNotSupported",
            Self::UnknownVideoStreamInfo => "UnknownVideoStreamInfo",
            Self::UnknownAudioStreamInfo => "UnknownAudioStreamInfo",
            Self::DirectPlayError => "DirectPlayError",
            Self::VideoRangeTypeNotSupported => "VideoRangeTypeNotSupported",
            Self::VideoCodecTagNotSupported => "VideoCodecTagNotSupported",
            Self::StreamCountExceedsLimit => "StreamCountExceedsLimit",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for TranscodeReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for TranscodeReason {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "ContainerNotSupported" => Self::ContainerNotSupported,
            "VideoCodecNotSupported" => Self::VideoCodecNotSupported,
            "AudioCodecNotSupported" => Self::AudioCodecNotSupported,
            "SubtitleCodecNotSupported" => Self::SubtitleCodecNotSupported,
            "AudioIsExternal" => Self::AudioIsExternal,
            "SecondaryAudioNotSupported" => Self::SecondaryAudioNotSupported,
            "VideoProfileNotSupported" => Self::VideoProfileNotSupported,
            "VideoLevelNotSupported" => Self::VideoLevelNotSupported,
            "VideoResolutionNotSupported" => Self::VideoResolutionNotSupported,
            "VideoBitDepthNotSupported" => Self::VideoBitDepthNotSupported,
            "VideoFramerateNotSupported" => Self::VideoFramerateNotSupported,
            "RefFramesNotSupported" => Self::RefFramesNotSupported,
            "AnamorphicVideoNotSupported" => Self::AnamorphicVideoNotSupported,
            "InterlacedVideoNotSupported" => Self::InterlacedVideoNotSupported,
            "AudioChannelsNotSupported" => Self::AudioChannelsNotSupported,
            "AudioProfileNotSupported" => Self::AudioProfileNotSupported,
            "AudioSampleRateNotSupported" => Self::AudioSampleRateNotSupported,
            "AudioBitDepthNotSupported" => Self::AudioBitDepthNotSupported,
            "ContainerBitrateExceedsLimit" => Self::ContainerBitrateExceedsLimit,
            "VideoBitrateNotSupported" => Self::VideoBitrateNotSupported,
            "AudioBitrateNotSupported" => Self::AudioBitrateNotSupported,
            "UnknownVideoStreamInfo" => Self::UnknownVideoStreamInfo,
            "UnknownAudioStreamInfo" => Self::UnknownAudioStreamInfo,
            "DirectPlayError" => Self::DirectPlayError,
            "VideoRangeTypeNotSupported" => Self::VideoRangeTypeNotSupported,
            "VideoCodecTagNotSupported" => Self::VideoCodecTagNotSupported,
            "StreamCountExceedsLimit" => Self::StreamCountExceedsLimit,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for TranscodeReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for TranscodeReason {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Schema: `#/components/schemas/TranscodeSeekInfo`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TranscodeSeekInfo {
    /// `Auto`
    Auto,
    /// `Bytes`
    Bytes,
    /// A value this version of the spec does not list.
    Other(String),
}
impl TranscodeSeekInfo {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "Auto",
            Self::Bytes => "Bytes",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for TranscodeSeekInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for TranscodeSeekInfo {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Auto" => Self::Auto,
            "Bytes" => Self::Bytes,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for TranscodeSeekInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for TranscodeSeekInfo {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Class holding information on a running transcode.
///
/// Schema: `#/components/schemas/TranscodingInfo`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TranscodingInfo {
    /// Gets or sets the thread count used for encoding.
    #[serde(
        rename = "AudioCodec",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub audio_codec: Option<String>,
    /// Gets or sets the thread count used for encoding.
    #[serde(
        rename = "VideoCodec",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub video_codec: Option<String>,
    /// Gets or sets the thread count used for encoding.
    #[serde(rename = "Container", default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    /// Gets or sets a value indicating whether the video is passed through.
    #[serde(
        rename = "IsVideoDirect",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_video_direct: Option<bool>,
    /// Gets or sets a value indicating whether the audio is passed through.
    #[serde(
        rename = "IsAudioDirect",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_audio_direct: Option<bool>,
    /// Gets or sets the bitrate.
    #[serde(rename = "Bitrate", default, skip_serializing_if = "Option::is_none")]
    pub bitrate: Option<i32>,
    /// Gets or sets the framerate.
    #[serde(rename = "Framerate", default, skip_serializing_if = "Option::is_none")]
    pub framerate: Option<f32>,
    /// Gets or sets the completion percentage.
    #[serde(
        rename = "CompletionPercentage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub completion_percentage: Option<f64>,
    /// Gets or sets the video width.
    #[serde(rename = "Width", default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i32>,
    /// Gets or sets the video height.
    #[serde(rename = "Height", default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i32>,
    /// Gets or sets the audio channels.
    #[serde(
        rename = "AudioChannels",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub audio_channels: Option<i32>,
    /// Gets or sets the hardware acceleration type.
    #[serde(
        rename = "HardwareAccelerationType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hardware_acceleration_type: Option<HardwareAccelerationType>,
    /// Gets or sets the transcode reasons.
    #[serde(
        rename = "TranscodeReasons",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transcode_reasons: Option<TranscodingInfoTranscodeReasons>,
}
/// Gets or sets the transcode reasons.
///
/// Schema: `#/components/schemas/TranscodingInfo/properties/TranscodeReasons`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TranscodingInfoTranscodeReasons {
    /// `ContainerNotSupported`
    ContainerNotSupported,
    /// `VideoCodecNotSupported`
    VideoCodecNotSupported,
    /// `AudioCodecNotSupported`
    AudioCodecNotSupported,
    /// `SubtitleCodecNotSupported`
    SubtitleCodecNotSupported,
    /// `AudioIsExternal`
    AudioIsExternal,
    /// `SecondaryAudioNotSupported`
    SecondaryAudioNotSupported,
    /// `VideoProfileNotSupported`
    VideoProfileNotSupported,
    /// `VideoLevelNotSupported`
    VideoLevelNotSupported,
    /// `VideoResolutionNotSupported`
    VideoResolutionNotSupported,
    /// `VideoBitDepthNotSupported`
    VideoBitDepthNotSupported,
    /// `VideoFramerateNotSupported`
    VideoFramerateNotSupported,
    /// `RefFramesNotSupported`
    RefFramesNotSupported,
    /// `AnamorphicVideoNotSupported`
    AnamorphicVideoNotSupported,
    /// `InterlacedVideoNotSupported`
    InterlacedVideoNotSupported,
    /// `AudioChannelsNotSupported`
    AudioChannelsNotSupported,
    /// `AudioProfileNotSupported`
    AudioProfileNotSupported,
    /// `AudioSampleRateNotSupported`
    AudioSampleRateNotSupported,
    /// `AudioBitDepthNotSupported`
    AudioBitDepthNotSupported,
    /// `ContainerBitrateExceedsLimit`
    ContainerBitrateExceedsLimit,
    /// `VideoBitrateNotSupported`
    VideoBitrateNotSupported,
    /// `AudioBitrateNotSupported`
    AudioBitrateNotSupported,
    /// `UnknownVideoStreamInfo`
    UnknownVideoStreamInfo,
    /// `UnknownAudioStreamInfo`
    UnknownAudioStreamInfo,
    /// `DirectPlayError`
    DirectPlayError,
    /// `VideoRangeTypeNotSupported`
    VideoRangeTypeNotSupported,
    /// `VideoCodecTagNotSupported`
    VideoCodecTagNotSupported,
    /// `StreamCountExceedsLimit`
    StreamCountExceedsLimit,
    /// A value this version of the spec does not list.
    Other(String),
}
impl TranscodingInfoTranscodeReasons {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContainerNotSupported => "ContainerNotSupported",
            Self::VideoCodecNotSupported => "VideoCodecNotSupported",
            Self::AudioCodecNotSupported => "AudioCodecNotSupported",
            Self::SubtitleCodecNotSupported => "SubtitleCodecNotSupported",
            Self::AudioIsExternal => "AudioIsExternal",
            Self::SecondaryAudioNotSupported => "SecondaryAudioNotSupported",
            Self::VideoProfileNotSupported => "VideoProfileNotSupported",
            Self::VideoLevelNotSupported => "VideoLevelNotSupported",
            Self::VideoResolutionNotSupported => "VideoResolutionNotSupported",
            Self::VideoBitDepthNotSupported => "VideoBitDepthNotSupported",
            Self::VideoFramerateNotSupported => "VideoFramerateNotSupported",
            Self::RefFramesNotSupported => "RefFramesNotSupported",
            Self::AnamorphicVideoNotSupported => "AnamorphicVideoNotSupported",
            Self::InterlacedVideoNotSupported => "InterlacedVideoNotSupported",
            Self::AudioChannelsNotSupported => "AudioChannelsNotSupported",
            Self::AudioProfileNotSupported => "AudioProfileNotSupported",
            Self::AudioSampleRateNotSupported => "AudioSampleRateNotSupported",
            Self::AudioBitDepthNotSupported => "AudioBitDepthNotSupported",
            Self::ContainerBitrateExceedsLimit => "ContainerBitrateExceedsLimit",
            Self::VideoBitrateNotSupported => "VideoBitrateNotSupported",
            Self::AudioBitrateNotSupported => "AudioBitrateNotSupported",
            Self::UnknownVideoStreamInfo => "UnknownVideoStreamInfo",
            Self::UnknownAudioStreamInfo => "UnknownAudioStreamInfo",
            Self::DirectPlayError => "DirectPlayError",
            Self::VideoRangeTypeNotSupported => "VideoRangeTypeNotSupported",
            Self::VideoCodecTagNotSupported => "VideoCodecTagNotSupported",
            Self::StreamCountExceedsLimit => "StreamCountExceedsLimit",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for TranscodingInfoTranscodeReasons {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for TranscodingInfoTranscodeReasons {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "ContainerNotSupported" => Self::ContainerNotSupported,
            "VideoCodecNotSupported" => Self::VideoCodecNotSupported,
            "AudioCodecNotSupported" => Self::AudioCodecNotSupported,
            "SubtitleCodecNotSupported" => Self::SubtitleCodecNotSupported,
            "AudioIsExternal" => Self::AudioIsExternal,
            "SecondaryAudioNotSupported" => Self::SecondaryAudioNotSupported,
            "VideoProfileNotSupported" => Self::VideoProfileNotSupported,
            "VideoLevelNotSupported" => Self::VideoLevelNotSupported,
            "VideoResolutionNotSupported" => Self::VideoResolutionNotSupported,
            "VideoBitDepthNotSupported" => Self::VideoBitDepthNotSupported,
            "VideoFramerateNotSupported" => Self::VideoFramerateNotSupported,
            "RefFramesNotSupported" => Self::RefFramesNotSupported,
            "AnamorphicVideoNotSupported" => Self::AnamorphicVideoNotSupported,
            "InterlacedVideoNotSupported" => Self::InterlacedVideoNotSupported,
            "AudioChannelsNotSupported" => Self::AudioChannelsNotSupported,
            "AudioProfileNotSupported" => Self::AudioProfileNotSupported,
            "AudioSampleRateNotSupported" => Self::AudioSampleRateNotSupported,
            "AudioBitDepthNotSupported" => Self::AudioBitDepthNotSupported,
            "ContainerBitrateExceedsLimit" => Self::ContainerBitrateExceedsLimit,
            "VideoBitrateNotSupported" => Self::VideoBitrateNotSupported,
            "AudioBitrateNotSupported" => Self::AudioBitrateNotSupported,
            "UnknownVideoStreamInfo" => Self::UnknownVideoStreamInfo,
            "UnknownAudioStreamInfo" => Self::UnknownAudioStreamInfo,
            "DirectPlayError" => Self::DirectPlayError,
            "VideoRangeTypeNotSupported" => Self::VideoRangeTypeNotSupported,
            "VideoCodecTagNotSupported" => Self::VideoCodecTagNotSupported,
            "StreamCountExceedsLimit" => Self::StreamCountExceedsLimit,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for TranscodingInfoTranscodeReasons {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for TranscodingInfoTranscodeReasons {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// A class for transcoding profile information. Note for client developers: Conditions defined in MediaBrowser.Model.Dlna.CodecProfile has higher priority and can override values defined here.
///
/// Schema: `#/components/schemas/TranscodingProfile`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TranscodingProfile {
    /// Gets or sets the container.
    #[serde(rename = "Container", default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    /// Gets or sets the DLNA profile type.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<DlnaProfileType>,
    /// Gets or sets the video codec.
    #[serde(
        rename = "VideoCodec",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub video_codec: Option<String>,
    /// Gets or sets the audio codec.
    #[serde(
        rename = "AudioCodec",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub audio_codec: Option<String>,
    /// Media streaming protocol. Lowercase for backwards compatibility.
    #[serde(rename = "Protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<MediaStreamProtocol>,
    /// Gets or sets a value indicating whether the content length should be estimated.
    ///
    /// Default: `false`
    #[serde(
        rename = "EstimateContentLength",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub estimate_content_length: Option<bool>,
    /// Gets or sets a value indicating whether M2TS mode is enabled.
    ///
    /// Default: `false`
    #[serde(
        rename = "EnableMpegtsM2TsMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_mpegts_m2_ts_mode: Option<bool>,
    /// Gets or sets the transcoding seek info mode.
    ///
    /// Default: `"Auto"`
    #[serde(
        rename = "TranscodeSeekInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transcode_seek_info: Option<TranscodeSeekInfo>,
    /// Gets or sets a value indicating whether timestamps should be copied.
    ///
    /// Default: `false`
    #[serde(
        rename = "CopyTimestamps",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub copy_timestamps: Option<bool>,
    /// Gets or sets the encoding context.
    ///
    /// Default: `"Streaming"`
    #[serde(rename = "Context", default, skip_serializing_if = "Option::is_none")]
    pub context: Option<EncodingContext>,
    /// Gets or sets a value indicating whether subtitles are allowed in the manifest.
    ///
    /// Default: `false`
    #[serde(
        rename = "EnableSubtitlesInManifest",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_subtitles_in_manifest: Option<bool>,
    /// Gets or sets the maximum audio channels.
    #[serde(
        rename = "MaxAudioChannels",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_audio_channels: Option<String>,
    /// Gets or sets the minimum amount of segments.
    ///
    /// Default: `0`
    #[serde(
        rename = "MinSegments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub min_segments: Option<i32>,
    /// Gets or sets the segment length.
    ///
    /// Default: `0`
    #[serde(
        rename = "SegmentLength",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub segment_length: Option<i32>,
    /// Gets or sets a value indicating whether breaking the video stream on non-keyframes is supported.
    ///
    /// Default: `false`
    #[serde(
        rename = "BreakOnNonKeyFrames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub break_on_non_key_frames: Option<bool>,
    /// Gets or sets the profile conditions.
    #[serde(
        rename = "Conditions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub conditions: Option<Vec<ProfileCondition>>,
    /// Gets or sets a value indicating whether variable bitrate encoding is supported.
    ///
    /// Default: `true`
    #[serde(
        rename = "EnableAudioVbrEncoding",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_audio_vbr_encoding: Option<bool>,
}
/// Schema: `#/components/schemas/TransportStreamTimestamp`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TransportStreamTimestamp {
    /// `None`
    None,
    /// `Zero`
    Zero,
    /// `Valid`
    Valid,
    /// A value this version of the spec does not list.
    Other(String),
}
impl TransportStreamTimestamp {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::Zero => "Zero",
            Self::Valid => "Valid",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for TransportStreamTimestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for TransportStreamTimestamp {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "None" => Self::None,
            "Zero" => Self::Zero,
            "Valid" => Self::Valid,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for TransportStreamTimestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for TransportStreamTimestamp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// The trickplay api model.
///
/// Schema: `#/components/schemas/TrickplayInfoDto`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrickplayInfoDto {
    /// Gets the width of an individual thumbnail.
    #[serde(rename = "Width", default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i32>,
    /// Gets the height of an individual thumbnail.
    #[serde(rename = "Height", default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i32>,
    /// Gets the amount of thumbnails per row.
    #[serde(rename = "TileWidth", default, skip_serializing_if = "Option::is_none")]
    pub tile_width: Option<i32>,
    /// Gets the amount of thumbnails per column.
    #[serde(
        rename = "TileHeight",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tile_height: Option<i32>,
    /// Gets the total amount of non-black thumbnails.
    #[serde(
        rename = "ThumbnailCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub thumbnail_count: Option<i32>,
    /// Gets the interval in milliseconds between each trickplay thumbnail.
    #[serde(rename = "Interval", default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i32>,
    /// Gets the peak bandwidth usage in bits per second.
    #[serde(rename = "Bandwidth", default, skip_serializing_if = "Option::is_none")]
    pub bandwidth: Option<i32>,
}
/// An enum representing an unrated item.
///
/// Schema: `#/components/schemas/UnratedItem`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnratedItem {
    /// `Movie`
    Movie,
    /// `Trailer`
    Trailer,
    /// `Series`
    Series,
    /// `Music`
    Music,
    /// `Book`
    Book,
    /// `LiveTvChannel`
    LiveTvChannel,
    /// `LiveTvProgram`
    LiveTvProgram,
    /// `ChannelContent`
    ChannelContent,
    /// `Other`
    Other,
    /// A value this version of the spec does not list.
    Other2(String),
}
impl UnratedItem {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Movie => "Movie",
            Self::Trailer => "Trailer",
            Self::Series => "Series",
            Self::Music => "Music",
            Self::Book => "Book",
            Self::LiveTvChannel => "LiveTvChannel",
            Self::LiveTvProgram => "LiveTvProgram",
            Self::ChannelContent => "ChannelContent",
            Self::Other => "Other",
            Self::Other2(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for UnratedItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for UnratedItem {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Movie" => Self::Movie,
            "Trailer" => Self::Trailer,
            "Series" => Self::Series,
            "Music" => Self::Music,
            "Book" => Self::Book,
            "LiveTvChannel" => Self::LiveTvChannel,
            "LiveTvProgram" => Self::LiveTvProgram,
            "ChannelContent" => Self::ChannelContent,
            "Other" => Self::Other,
            other => Self::Other2(other.to_string()),
        })
    }
}
impl serde::Serialize for UnratedItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for UnratedItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// The update user password request body.
///
/// Schema: `#/components/schemas/UpdateUserPassword`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UpdateUserPassword {
    /// Gets or sets the current sha1-hashed password.
    #[serde(
        rename = "CurrentPassword",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_password: Option<String>,
    /// Gets or sets the current plain text password.
    #[serde(rename = "CurrentPw", default, skip_serializing_if = "Option::is_none")]
    pub current_pw: Option<String>,
    /// Gets or sets the new plain text password.
    #[serde(rename = "NewPw", default, skip_serializing_if = "Option::is_none")]
    pub new_pw: Option<String>,
    /// Gets or sets a value indicating whether to reset the password.
    #[serde(
        rename = "ResetPassword",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reset_password: Option<bool>,
}
/// Class UserConfiguration.
///
/// Schema: `#/components/schemas/UserConfiguration`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UserConfiguration {
    /// Gets or sets the audio language preference.
    #[serde(
        rename = "AudioLanguagePreference",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub audio_language_preference: Option<String>,
    /// Gets or sets a value indicating whether [play default audio track].
    #[serde(
        rename = "PlayDefaultAudioTrack",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub play_default_audio_track: Option<bool>,
    /// Gets or sets the subtitle language preference.
    #[serde(
        rename = "SubtitleLanguagePreference",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub subtitle_language_preference: Option<String>,
    #[serde(
        rename = "DisplayMissingEpisodes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_missing_episodes: Option<bool>,
    #[serde(
        rename = "GroupedFolders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub grouped_folders: Option<Vec<uuid::Uuid>>,
    /// An enum representing a subtitle playback mode.
    #[serde(
        rename = "SubtitleMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub subtitle_mode: Option<SubtitlePlaybackMode>,
    #[serde(
        rename = "DisplayCollectionsView",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_collections_view: Option<bool>,
    #[serde(
        rename = "EnableLocalPassword",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_local_password: Option<bool>,
    #[serde(
        rename = "OrderedViews",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ordered_views: Option<Vec<uuid::Uuid>>,
    #[serde(
        rename = "LatestItemsExcludes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub latest_items_excludes: Option<Vec<uuid::Uuid>>,
    #[serde(
        rename = "MyMediaExcludes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub my_media_excludes: Option<Vec<uuid::Uuid>>,
    #[serde(
        rename = "HidePlayedInLatest",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hide_played_in_latest: Option<bool>,
    #[serde(
        rename = "RememberAudioSelections",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remember_audio_selections: Option<bool>,
    #[serde(
        rename = "RememberSubtitleSelections",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remember_subtitle_selections: Option<bool>,
    #[serde(
        rename = "EnableNextEpisodeAutoPlay",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_next_episode_auto_play: Option<bool>,
    /// Gets or sets the id of the selected cast receiver.
    #[serde(
        rename = "CastReceiverId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cast_receiver_id: Option<String>,
}
/// Class UserDto.
///
/// Schema: `#/components/schemas/UserDto`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UserDto {
    /// Gets or sets the name.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Gets or sets the server identifier.
    #[serde(rename = "ServerId", default, skip_serializing_if = "Option::is_none")]
    pub server_id: Option<String>,
    /// Gets or sets the name of the server. This is not used by the server and is for client-side usage only.
    #[serde(
        rename = "ServerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub server_name: Option<String>,
    /// Gets or sets the id.
    #[serde(rename = "Id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    /// Gets or sets the primary image tag.
    #[serde(
        rename = "PrimaryImageTag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_image_tag: Option<String>,
    /// Gets or sets a value indicating whether this instance has password.
    #[serde(
        rename = "HasPassword",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub has_password: Option<bool>,
    /// Gets or sets a value indicating whether this instance has configured password.
    #[serde(
        rename = "HasConfiguredPassword",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub has_configured_password: Option<bool>,
    /// Gets or sets a value indicating whether this instance has configured easy password.
    #[deprecated(note = "deprecated in the spec")]
    #[serde(
        rename = "HasConfiguredEasyPassword",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub has_configured_easy_password: Option<bool>,
    /// Gets or sets whether async login is enabled or not.
    #[serde(
        rename = "EnableAutoLogin",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_auto_login: Option<bool>,
    /// Gets or sets the last login date.
    #[serde(
        rename = "LastLoginDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_login_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Gets or sets the last activity date.
    #[serde(
        rename = "LastActivityDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_activity_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Gets or sets the configuration.
    #[serde(
        rename = "Configuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub configuration: Option<UserConfiguration>,
    /// Gets or sets the policy.
    #[serde(rename = "Policy", default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<UserPolicy>,
    /// Gets or sets the primary image aspect ratio.
    #[serde(
        rename = "PrimaryImageAspectRatio",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_image_aspect_ratio: Option<f64>,
}
/// Class UserItemDataDto.
///
/// Schema: `#/components/schemas/UserItemDataDto`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UserItemDataDto {
    /// Gets or sets the rating.
    #[serde(rename = "Rating", default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<f64>,
    /// Gets or sets the played percentage.
    #[serde(
        rename = "PlayedPercentage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub played_percentage: Option<f64>,
    /// Gets or sets the unplayed item count.
    #[serde(
        rename = "UnplayedItemCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub unplayed_item_count: Option<i32>,
    /// Gets or sets the playback position ticks.
    #[serde(
        rename = "PlaybackPositionTicks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub playback_position_ticks: Option<i64>,
    /// Gets or sets the play count.
    #[serde(rename = "PlayCount", default, skip_serializing_if = "Option::is_none")]
    pub play_count: Option<i32>,
    /// Gets or sets a value indicating whether this instance is favorite.
    #[serde(
        rename = "IsFavorite",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_favorite: Option<bool>,
    /// Gets or sets a value indicating whether this MediaBrowser.Model.Dto.UserItemDataDto is likes.
    #[serde(rename = "Likes", default, skip_serializing_if = "Option::is_none")]
    pub likes: Option<bool>,
    /// Gets or sets the last played date.
    #[serde(
        rename = "LastPlayedDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_played_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Gets or sets a value indicating whether this MediaBrowser.Model.Dto.UserItemDataDto is played.
    #[serde(rename = "Played", default, skip_serializing_if = "Option::is_none")]
    pub played: Option<bool>,
    /// Gets or sets the key.
    #[serde(rename = "Key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Gets or sets the item identifier.
    #[serde(rename = "ItemId", default, skip_serializing_if = "Option::is_none")]
    pub item_id: Option<uuid::Uuid>,
}
/// Schema: `#/components/schemas/UserPolicy`
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UserPolicy {
    /// Gets or sets a value indicating whether this instance is administrator.
    #[serde(
        rename = "IsAdministrator",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_administrator: Option<bool>,
    /// Gets or sets a value indicating whether this instance is hidden.
    #[serde(rename = "IsHidden", default, skip_serializing_if = "Option::is_none")]
    pub is_hidden: Option<bool>,
    /// Gets or sets a value indicating whether this instance can manage collections.
    ///
    /// Default: `false`
    #[serde(
        rename = "EnableCollectionManagement",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_collection_management: Option<bool>,
    /// Gets or sets a value indicating whether this instance can manage subtitles.
    ///
    /// Default: `false`
    #[serde(
        rename = "EnableSubtitleManagement",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_subtitle_management: Option<bool>,
    /// Gets or sets a value indicating whether this user can manage lyrics.
    ///
    /// Default: `false`
    #[serde(
        rename = "EnableLyricManagement",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_lyric_management: Option<bool>,
    /// Gets or sets a value indicating whether this instance is disabled.
    #[serde(
        rename = "IsDisabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_disabled: Option<bool>,
    /// Gets or sets the max parental rating.
    #[serde(
        rename = "MaxParentalRating",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_parental_rating: Option<i32>,
    #[serde(
        rename = "MaxParentalSubRating",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_parental_sub_rating: Option<i32>,
    #[serde(
        rename = "BlockedTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub blocked_tags: Option<Vec<String>>,
    #[serde(
        rename = "AllowedTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allowed_tags: Option<Vec<String>>,
    #[serde(
        rename = "EnableUserPreferenceAccess",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_user_preference_access: Option<bool>,
    #[serde(
        rename = "AccessSchedules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_schedules: Option<Vec<AccessSchedule>>,
    #[serde(
        rename = "BlockUnratedItems",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub block_unrated_items: Option<Vec<UnratedItem>>,
    #[serde(
        rename = "EnableRemoteControlOfOtherUsers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_remote_control_of_other_users: Option<bool>,
    #[serde(
        rename = "EnableSharedDeviceControl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_shared_device_control: Option<bool>,
    #[serde(
        rename = "EnableRemoteAccess",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_remote_access: Option<bool>,
    #[serde(
        rename = "EnableLiveTvManagement",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_live_tv_management: Option<bool>,
    #[serde(
        rename = "EnableLiveTvAccess",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_live_tv_access: Option<bool>,
    #[serde(
        rename = "EnableMediaPlayback",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_media_playback: Option<bool>,
    #[serde(
        rename = "EnableAudioPlaybackTranscoding",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_audio_playback_transcoding: Option<bool>,
    #[serde(
        rename = "EnableVideoPlaybackTranscoding",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_video_playback_transcoding: Option<bool>,
    #[serde(
        rename = "EnablePlaybackRemuxing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_playback_remuxing: Option<bool>,
    #[serde(
        rename = "ForceRemoteSourceTranscoding",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub force_remote_source_transcoding: Option<bool>,
    #[serde(
        rename = "EnableContentDeletion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_content_deletion: Option<bool>,
    #[serde(
        rename = "EnableContentDeletionFromFolders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_content_deletion_from_folders: Option<Vec<String>>,
    #[serde(
        rename = "EnableContentDownloading",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_content_downloading: Option<bool>,
    /// Gets or sets a value indicating whether [enable synchronize].
    #[serde(
        rename = "EnableSyncTranscoding",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_sync_transcoding: Option<bool>,
    #[serde(
        rename = "EnableMediaConversion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_media_conversion: Option<bool>,
    #[serde(
        rename = "EnabledDevices",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled_devices: Option<Vec<String>>,
    #[serde(
        rename = "EnableAllDevices",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_all_devices: Option<bool>,
    #[serde(
        rename = "EnabledChannels",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled_channels: Option<Vec<uuid::Uuid>>,
    #[serde(
        rename = "EnableAllChannels",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_all_channels: Option<bool>,
    #[serde(
        rename = "EnabledFolders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled_folders: Option<Vec<uuid::Uuid>>,
    #[serde(
        rename = "EnableAllFolders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_all_folders: Option<bool>,
    #[serde(
        rename = "InvalidLoginAttemptCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invalid_login_attempt_count: Option<i32>,
    #[serde(
        rename = "LoginAttemptsBeforeLockout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub login_attempts_before_lockout: Option<i32>,
    #[serde(
        rename = "MaxActiveSessions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_active_sessions: Option<i32>,
    #[serde(
        rename = "EnablePublicSharing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_public_sharing: Option<bool>,
    #[serde(
        rename = "BlockedMediaFolders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub blocked_media_folders: Option<Vec<uuid::Uuid>>,
    #[serde(
        rename = "BlockedChannels",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub blocked_channels: Option<Vec<uuid::Uuid>>,
    #[serde(
        rename = "RemoteClientBitrateLimit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remote_client_bitrate_limit: Option<i32>,
    #[serde(rename = "AuthenticationProviderId")]
    pub authentication_provider_id: String,
    #[serde(rename = "PasswordResetProviderId")]
    pub password_reset_provider_id: String,
    /// Gets or sets a value indicating what SyncPlay features the user can access.
    #[serde(
        rename = "SyncPlayAccess",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sync_play_access: Option<SyncPlayUserAccessType>,
}
/// Schema: `#/components/schemas/Video3DFormat`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Video3DFormat {
    /// `HalfSideBySide`
    HalfSideBySide,
    /// `FullSideBySide`
    FullSideBySide,
    /// `FullTopAndBottom`
    FullTopAndBottom,
    /// `HalfTopAndBottom`
    HalfTopAndBottom,
    /// `MVC`
    Mvc,
    /// A value this version of the spec does not list.
    Other(String),
}
impl Video3DFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HalfSideBySide => "HalfSideBySide",
            Self::FullSideBySide => "FullSideBySide",
            Self::FullTopAndBottom => "FullTopAndBottom",
            Self::HalfTopAndBottom => "HalfTopAndBottom",
            Self::Mvc => "MVC",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for Video3DFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for Video3DFormat {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "HalfSideBySide" => Self::HalfSideBySide,
            "FullSideBySide" => Self::FullSideBySide,
            "FullTopAndBottom" => Self::FullTopAndBottom,
            "HalfTopAndBottom" => Self::HalfTopAndBottom,
            "MVC" => Self::Mvc,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for Video3DFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for Video3DFormat {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// An enum representing video ranges.
///
/// Schema: `#/components/schemas/VideoRange`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VideoRange {
    /// `Unknown`
    Unknown,
    /// `SDR`
    Sdr,
    /// `HDR`
    Hdr,
    /// A value this version of the spec does not list.
    Other(String),
}
impl VideoRange {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "Unknown",
            Self::Sdr => "SDR",
            Self::Hdr => "HDR",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for VideoRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VideoRange {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Unknown" => Self::Unknown,
            "SDR" => Self::Sdr,
            "HDR" => Self::Hdr,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for VideoRange {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VideoRange {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// An enum representing types of video ranges.
///
/// Schema: `#/components/schemas/VideoRangeType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VideoRangeType {
    /// `Unknown`
    Unknown,
    /// `SDR`
    Sdr,
    /// `HDR10`
    Hdr10,
    /// `HLG`
    Hlg,
    /// `DOVI`
    Dovi,
    /// `DOVIWithHDR10`
    DoviWithHdr10,
    /// `DOVIWithHLG`
    DoviWithHlg,
    /// `DOVIWithSDR`
    DoviWithSdr,
    /// `DOVIWithEL`
    DoviWithEl,
    /// `DOVIWithHDR10Plus`
    DoviWithHdr10Plus,
    /// `DOVIWithELHDR10Plus`
    DoviWithElhdr10Plus,
    /// `DOVIInvalid`
    DoviInvalid,
    /// `HDR10Plus`
    Hdr10Plus,
    /// A value this version of the spec does not list.
    Other(String),
}
impl VideoRangeType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "Unknown",
            Self::Sdr => "SDR",
            Self::Hdr10 => "HDR10",
            Self::Hlg => "HLG",
            Self::Dovi => "DOVI",
            Self::DoviWithHdr10 => "DOVIWithHDR10",
            Self::DoviWithHlg => "DOVIWithHLG",
            Self::DoviWithSdr => "DOVIWithSDR",
            Self::DoviWithEl => "DOVIWithEL",
            Self::DoviWithHdr10Plus => "DOVIWithHDR10Plus",
            Self::DoviWithElhdr10Plus => "DOVIWithELHDR10Plus",
            Self::DoviInvalid => "DOVIInvalid",
            Self::Hdr10Plus => "HDR10Plus",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for VideoRangeType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VideoRangeType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "Unknown" => Self::Unknown,
            "SDR" => Self::Sdr,
            "HDR10" => Self::Hdr10,
            "HLG" => Self::Hlg,
            "DOVI" => Self::Dovi,
            "DOVIWithHDR10" => Self::DoviWithHdr10,
            "DOVIWithHLG" => Self::DoviWithHlg,
            "DOVIWithSDR" => Self::DoviWithSdr,
            "DOVIWithEL" => Self::DoviWithEl,
            "DOVIWithHDR10Plus" => Self::DoviWithHdr10Plus,
            "DOVIWithELHDR10Plus" => Self::DoviWithElhdr10Plus,
            "DOVIInvalid" => Self::DoviInvalid,
            "HDR10Plus" => Self::Hdr10Plus,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for VideoRangeType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VideoRangeType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
/// Enum VideoType.
///
/// Schema: `#/components/schemas/VideoType`
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VideoType {
    /// `VideoFile`
    VideoFile,
    /// `Iso`
    Iso,
    /// `Dvd`
    Dvd,
    /// `BluRay`
    BluRay,
    /// A value this version of the spec does not list.
    Other(String),
}
impl VideoType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VideoFile => "VideoFile",
            Self::Iso => "Iso",
            Self::Dvd => "Dvd",
            Self::BluRay => "BluRay",
            Self::Other(value) => value.as_str(),
        }
    }
}
impl std::fmt::Display for VideoType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VideoType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(match value {
            "VideoFile" => Self::VideoFile,
            "Iso" => Self::Iso,
            "Dvd" => Self::Dvd,
            "BluRay" => Self::BluRay,
            other => Self::Other(other.to_string()),
        })
    }
}
impl serde::Serialize for VideoType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VideoType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.parse().unwrap_or_else(|never| match never {}))
    }
}
