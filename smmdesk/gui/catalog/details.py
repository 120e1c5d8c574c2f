"""ServiceDetails: the selected service's facts and its panel-supplied description, shown safely.

Panels send descriptions as HTML: it is reduced to a small tag whitelist, rendered by a text
browser that loads no resource at all, and links open in the system browser only when clicked.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any, Final

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QImage, QTextDocument
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smmdesk.core.delivery import ServiceDelivery
from smmdesk.core.models import Service
from smmdesk.core.ordertypes import limits_apply, limits_contradict, spec_for
from smmdesk.gui.widgets import theme
from smmdesk.gui.widgets.plain import NAME_LIMIT, clip, new_label, tip
from smmdesk.gui.wording import numbers
from smmdesk.gui.wording.bidi import isolate
from smmdesk.gui.wording.delivery import delivery_lines
from smmdesk.gui.wording.services import (
    contradicting_limits_text,
    format_rate,
    limits_tip,
    order_type_title,
    repeated_id_text,
    spec_title,
)

__all__ = [
    "SAFE_LINK_SCHEMES",
    "SafeTextBrowser",
    "ServiceDetails",
    "open_external_link",
    "sanitize_html",
]

SAFE_LINK_SCHEMES: Final = frozenset({"http", "https", "mailto"})


def _tags(names: str) -> frozenset[str]:
    return frozenset(names.split())


# Tags kept (without most attributes); everything else is unwrapped to its text.
_ALLOWED: Final = _tags(
    "a b strong i em u s strike br p div span ul ol li h1 h2 h3 h4 h5 h6 small big sub sup "
    "hr code pre blockquote font table thead tbody tr td th center"
)
# Tags dropped together with everything inside them.
_DROPPED: Final = _tags(
    "script style iframe frame frameset object embed applet noscript template svg math "
    "head title textarea select canvas audio video"
)
_VOID: Final = _tags("br hr img input meta link base wbr source track area col param")
_KEPT_ATTRIBUTES: Final = {
    "a": frozenset({"href", "title"}),
    "font": frozenset({"color"}),
    "td": frozenset({"colspan", "rowspan"}),
    "th": frozenset({"colspan", "rowspan"}),
}
_COLOUR = re.compile(r"#?[0-9A-Za-z]{1,20}")
_BLOCK_TAG = re.compile(r"<\s*(br|p|div|li|tr|h[1-6]|pre)\b", re.IGNORECASE)


def _safe_href(value: str) -> str | None:
    url = QUrl(value.strip())
    if url.isValid() and url.scheme().lower() in SAFE_LINK_SCHEMES:
        return url.toString()
    return None


class _Sanitizer(HTMLParser):
    def __init__(self, keep_newlines: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0
        self._links: list[bool] = []  # per open <a>: was it kept?
        self._keep_newlines = keep_newlines

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        if tag in _DROPPED:
            if not closed and tag not in _VOID:
                self._skip += 1
            return
        if self._skip or tag not in _ALLOWED:
            return
        kept = self._kept_attributes(tag, attrs)
        if tag == "a":
            has_href = any(part.startswith(" href=") for part in kept)
            if not closed:
                self._links.append(has_href)
            if not has_href:
                return
        self.out.append(f"<{tag}{''.join(kept)}>")
        if closed and tag not in _VOID:
            self.out.append(f"</{tag}>")

    @classmethod
    def _kept_attributes(cls, tag: str, attrs: list[tuple[str, str | None]]) -> list[str]:
        """The attributes of ``tag`` that stay, written out (`` name="value"`` each)."""
        kept: list[str] = []
        allowed = _KEPT_ATTRIBUTES.get(tag, frozenset())
        for name, value in attrs:
            if name not in allowed or value is None:
                continue
            if name == "href":
                href = _safe_href(value)
                if href is None:
                    continue
                value = href
            elif not cls._value_ok(name, value):
                continue
            kept.append(f' {name}="{html.escape(value, quote=True)}"')
        return kept

    @staticmethod
    def _value_ok(name: str, value: str) -> bool:
        if name == "color":
            return _COLOUR.fullmatch(value) is not None
        if name in ("colspan", "rowspan"):
            return value.isdigit()
        return True

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            if self._skip:
                self._skip -= 1
            return
        if self._skip or tag not in _ALLOWED or tag in _VOID:
            return
        if tag == "a" and not (self._links.pop() if self._links else False):
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        text = html.escape(data, quote=False)
        if self._keep_newlines:
            text = text.replace("\r\n", "\n").replace("\n", "<br>")
        self.out.append(text)


def sanitize_html(text: str) -> str:
    """A panel description -> HTML with only harmless formatting tags and http(s)/mailto links.

    Scripts, styles, frames, images, forms, event handlers and style attributes are gone; plain
    text (no block tags) keeps its line breaks.
    """
    parser = _Sanitizer(keep_newlines=_BLOCK_TAG.search(text) is None)
    parser.feed(text)
    parser.close()
    return "".join(parser.out).strip()


def open_external_link(url: QUrl) -> None:
    """The one door to the system browser (tests patch this)."""
    QDesktopServices.openUrl(url)


class SafeTextBrowser(QTextBrowser):
    """A text browser that never fetches anything: every resource request gets nothing back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.blocked_resources: list[QUrl] = []

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        if len(self.blocked_resources) < 100:
            self.blocked_resources.append(QUrl(name))
        # Answer with a real (blank) value: a null answer makes Qt fall back to reading the
        # URL as a local file path itself.
        if type == QTextDocument.ResourceType.ImageResource.value:
            return _blank_image()
        return ""


def _blank_image() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


class ServiceDetails(QWidget):
    """Name, category, type and order form, rate, limits, features and the description."""

    sig_link_opened = Signal(QUrl)
    """QUrl: the user clicked a description link; it is being opened in the system browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: Service | None = None
        self._currency = ""

        self.stack = QStackedWidget(self)
        self.empty_label = new_label(self, self.tr("Select a service to see its details"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        theme.tone(self.empty_label, "muted")  # by colour (4.5:1), never a disabled label
        self.stack.addWidget(self.empty_label)

        page = QWidget(self)
        self.name_label = self._value_label(page)
        self.name_label.setObjectName("serviceName")
        font = QFont(self.name_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name_label.setFont(font)
        self.category_label = self._value_label(page)
        self.type_label = self._value_label(page)
        self.rate_label = self._value_label(page)
        self.quantity_label = self._value_label(page)
        self.features_label = self._value_label(page)
        # this user's own deliveries of the service on this panel (set_delivery, from a worker)
        self.delivery_label = self._value_label(page)
        self.delivery_label.setObjectName("serviceDelivery")
        # what to know before ordering: an id listed twice, limits that contradict each other
        self.warning_label = self._value_label(page)
        self.warning_label.setObjectName("serviceWarning")
        self.warning_label.setVisible(False)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Category:"), self.category_label)
        form.addRow(self.tr("Type:"), self.type_label)
        form.addRow(self.tr("Rate:"), self.rate_label)
        form.addRow(self.tr("Quantity:"), self.quantity_label)
        form.addRow(self.tr("Features:"), self.features_label)
        form.addRow(self.tr("Your orders:"), self.delivery_label)

        self.description = SafeTextBrowser(page)
        self.description.setObjectName("serviceDescription")
        self.description.setAccessibleName(self.tr("Service description"))
        self.description.setFrameShape(QFrame.Shape.StyledPanel)
        self.description.setPlaceholderText(self.tr("The panel gives no description."))
        self.description.anchorClicked.connect(self.on_anchor_clicked)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_label)
        layout.addWidget(self.warning_label)
        layout.addLayout(form)
        layout.addWidget(self.description, 1)
        layout.addStretch(0)  # takes the room while a service has no description
        self.stack.addWidget(page)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    @staticmethod
    def _value_label(parent: QWidget) -> QLabel:
        label = new_label(parent)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _panel_text(self, text: str) -> str:
        """Panel text in any script, aligned like the window rather than like its own script
        (a wrapping label lays each paragraph out in its text's direction): a direction mark
        sets the paragraph, the isolate keeps the text's own order inside it."""
        mark = "\u200f" if self.isRightToLeft() else "\u200e"
        return f"{mark}{isolate(text)}"

    @property
    def service(self) -> Service | None:
        return self._service

    def set_service(
        self, service: Service | None, currency: str, *, repeated: bool = False
    ) -> None:
        """Show ``service`` (None: the empty state); ``repeated``: the catalogue lists its id
        more than once, with different terms."""
        self._service, self._currency = service, currency
        if service is None:
            self.description.clear()
            self.stack.setCurrentIndex(0)
            return
        spec = spec_for(service.type)
        self.name_label.setText(self._panel_text(clip(service.name, NAME_LIMIT)))
        self.name_label.setToolTip(tip(service.name) if len(service.name) > NAME_LIMIT else "")
        self.category_label.setText(self._panel_text(clip(service.category, NAME_LIMIT)))
        if spec.title.casefold() == " ".join(service.type.split()).casefold():
            type_text = order_type_title(service.type)
        else:
            # the panel's own spelling (isolated: Latin inside an Arabic sentence) and the form
            type_text = (
                self.tr("%1 (order form: %2)")
                .replace("%1", isolate(service.type))
                .replace("%2", spec_title(spec))
            )
        self.type_label.setText(type_text)
        rate = format_rate(service.rate, currency)
        if spec.per_package:
            self.rate_label.setText(self.tr("%1 per package").replace("%1", rate))
        else:
            self.rate_label.setText(self.tr("%1 per 1000").replace("%1", rate))
        self.quantity_label.setText(self._quantity_text(service))
        self.quantity_label.setToolTip(tip(limits_tip(service.min, service.max)))
        yes, no, unstated = self.tr("yes"), self.tr("no"), self.tr("not stated by the panel")

        def state(flag: bool | None) -> str:
            return unstated if flag is None else yes if flag else no

        flags = (service.dripfeed, service.refill, service.cancel)
        if flags == (None, None, None):
            # an older panel that states none of them: one short line says so
            self.features_label.setText(unstated)
        else:
            self.features_label.setText(
                " · ".join(
                    (
                        self.tr("Drip-feed: %1").replace("%1", state(service.dripfeed)),
                        self.tr("Refill: %1").replace("%1", state(service.refill)),
                        self.tr("Cancel: %1").replace("%1", state(service.cancel)),
                    )
                )
            )
        warnings = []
        if repeated:
            warnings.append(repeated_id_text())
        if limits_contradict(service):
            warnings.append(contradicting_limits_text())
        self.warning_label.setText(
            "\n".join(f"{theme.status_symbol('unknown')} {text}" for text in warnings)
        )
        self.warning_label.setStyleSheet(f"color: {theme.status_colour('unknown').name()};")
        self.warning_label.setVisible(bool(warnings))
        self.delivery_label.setText(self.tr("counting…"))
        self.description.blocked_resources.clear()
        self.description.setHtml(sanitize_html(service.desc) if service.desc.strip() else "")
        # no box of "no description" taking room from the form: it collapses when empty
        self.description.setVisible(bool(service.desc.strip()))
        self.stack.setCurrentIndex(1)

    def set_delivery(self, service_id: int, stats: ServiceDelivery | None) -> None:
        """How the service ``service_id`` delivered for this user (None: no order of it yet),
        counted on a worker; ignored when another service is shown meanwhile."""
        if self._service is None or self._service.id != service_id:
            return
        self.delivery_label.setText("\n".join(delivery_lines(stats)))

    def _quantity_text(self, service: Service) -> str:
        """The limits as the panel states them; a minimum below 1 also says what can really
        be ordered (a quantity of 0 or less orders nothing)."""
        low = service.min
        if low < service.order_min and limits_apply(service) and service.order_min <= service.max:
            low = service.order_min
        # limits in the one short form of the catalogue (exact in the tooltip)
        if low == service.max:
            text = numbers.fmt_limit(low)
        else:
            text = (
                self.tr("%1 – %2")  # a range: "from %1 to %2" in Arabic
                .replace("%1", numbers.fmt_limit(low, minimum=True))
                .replace("%2", numbers.fmt_limit(service.max))
            )
        if low != service.min:
            text = (
                self.tr("%1 (the panel lists a minimum of %2)")
                .replace("%1", text)
                .replace("%2", numbers.fmt_limit(service.min, minimum=True))
            )
        return text

    def on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme().lower() in SAFE_LINK_SCHEMES:
            self.sig_link_opened.emit(url)
            open_external_link(url)
