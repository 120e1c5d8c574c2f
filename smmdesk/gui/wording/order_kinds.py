"""What kind of order a service takes, in the user's words: the confirmation says "Likes on
one comment" where the catalogue's type column says "Comment Likes"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smmdesk.core.models import Service
from smmdesk.core.ordertypes import spec_for
from smmdesk.gui.wording.services import order_type_title

__all__ = ["type_words"]


def type_words(service: Service) -> str:
    """What kind of order a service takes, in the user's words ("Likes on one comment"); a
    type SMMDesk does not know is named as the panel names it."""
    words = {
        "default": QCoreApplication.translate(
            "OrderKinds", "Standard order: a link and a quantity"
        ),
        "package": QCoreApplication.translate(
            "OrderKinds", "Package: one fixed bundle at one price"
        ),
        "custom_comments": QCoreApplication.translate(
            "OrderKinds", "Your own comments, posted on the link"
        ),
        "custom_comments_package": QCoreApplication.translate(
            "OrderKinds", "Your own comments, as a package at one price"
        ),
        "mentions": QCoreApplication.translate("OrderKinds", "Mentions of the accounts you list"),
        "mentions_with_hashtags": QCoreApplication.translate(
            "OrderKinds", "Mentions of the accounts and hashtags you list"
        ),
        "mentions_custom_list": QCoreApplication.translate(
            "OrderKinds", "Mentions of the accounts you list"
        ),
        "mentions_hashtag": QCoreApplication.translate(
            "OrderKinds", "Mentions of accounts that used a hashtag"
        ),
        "mentions_user_followers": QCoreApplication.translate(
            "OrderKinds", "Mentions of a profile's followers"
        ),
        "mentions_media_likers": QCoreApplication.translate(
            "OrderKinds", "Mentions of a post's likers"
        ),
        "comment_likes": QCoreApplication.translate("OrderKinds", "Likes on one comment"),
        "comment_replies": QCoreApplication.translate("OrderKinds", "Replies to one comment"),
        "poll": QCoreApplication.translate("OrderKinds", "Votes for one answer of a poll"),
        "seo": QCoreApplication.translate("OrderKinds", "Search traffic for your keywords"),
        "invites_from_groups": QCoreApplication.translate(
            "OrderKinds", "Invites from the groups you list"
        ),
        "subscriptions": QCoreApplication.translate(
            "OrderKinds", "Subscription: an account's new posts"
        ),
    }
    return words.get(spec_for(service.type).key) or order_type_title(service.type)
