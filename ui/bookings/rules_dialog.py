"""Editing the booking rules: the site's, each kind's, and a space's own (per-space overrides).

A narrower rule only says what differs: every field can be left "inherited" from the wider rule.
Saving goes through `services.rules.set_rule`, which writes the rule and its outbox mutation in
one transaction; a nonsensical value is refused there and explained here in French.
"""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nomad_desktop.errors import NomadError
from nomad_desktop.rules.effective import EffectiveRules, resolve
from nomad_desktop.services import rules as rule_services
from nomad_desktop.services.rules import RuleInfo
from ui.app.context import AppContext
from ui.bookings.refusals import explain
from ui.bookings.search_panel import BOOKABLE_KINDS
from ui.common.labels import space_kind_label
from ui.tasks.operations import Op

#: Whole-number fields: (rule field, largest value the core accepts).
NUMBER_FIELDS = (
    ("max_advance_days", 730), ("max_duration_minutes", 24 * 60), ("max_active_per_agent", 100_000),
    ("cancel_cutoff_minutes", 7 * 24 * 60), ("no_show_release_minutes", 24 * 60),
)
#: A spin box at its minimum shows "Inherited" and means None.
INHERITED = -1


class RulesDialog(QDialog):
    saved = Signal()

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.rules: list[RuleInfo] = []
        #: (space_kind, space_id, space name) of each scope in the list.
        self.scopes: list[tuple[str | None, str | None, str]] = []
        self.found: list[tuple[str, str, str]] = []
        #: The kind of each space with (or getting) its own rule: the kind's rule is the wider one.
        self.space_kinds: dict[str, str] = {}
        self.setWindowTitle(self.tr("Booking rules"))
        self.setAccessibleName(self.tr("Booking rules of the site"))

        self.scope_list = QListWidget()
        self.scope_list.setAccessibleName(
            self.tr("Rules: the site's, then each kind's, then spaces with their own rule. A narrower rule wins"))
        self.space_search = QLineEdit()
        self.space_search.setPlaceholderText(self.tr("Space name, e.g. salle vauban"))
        self.space_search.setAccessibleName(self.tr("Find a space to give it its own rule"))
        self.space_results = QListWidget()
        self.space_results.setAccessibleName(self.tr("Spaces found. Enter to edit the space's own rule"))
        self.space_results.setMaximumHeight(110)
        self.remove_button = QPushButton(self.tr("Remo&ve this rule"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen kind's or space's own rule: the wider rule applies again"))
        left = QVBoxLayout()
        left.addWidget(self.scope_list, 1)
        space_label = QLabel(self.tr("Own rule &for a space:"))
        space_label.setBuddy(self.space_search)
        left.addWidget(space_label)
        left.addWidget(self.space_search)
        left.addWidget(self.space_results)
        left.addWidget(self.remove_button)

        self.heading = QLabel()
        self.heading.setObjectName("dialogSummary")
        self.heading.setWordWrap(True)
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Booking unit"))
        self.unit.addItem(self.tr("Inherited"), None)
        self.unit.addItem(self.tr("Half-days (morning / afternoon)"), "half_day")
        self.unit.addItem(self.tr("Whole days"), "day")
        self.unit.addItem(self.tr("Time slots of 15 minutes"), "slot")
        self.opening = QLineEdit()
        self.opening.setAccessibleName(self.tr("Opening time (HH:MM), empty to inherit"))
        self.closing = QLineEdit()
        self.closing.setAccessibleName(self.tr("Closing time (HH:MM), empty to inherit"))
        for edit in (self.opening, self.closing):
            edit.setPlaceholderText(self.tr("Inherited"))
            edit.setMaxLength(5)
        self.own_closed_days = QCheckBox(self.tr("Own closed days"))
        self.own_closed_days.setAccessibleName(self.tr("This rule sets its own closed days (otherwise inherited)"))
        self.weekdays: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for index in range(7):
            box = QCheckBox(QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(self.tr("Closed on %1").replace("%1", QLocale().dayName(index + 1)))
            self.weekdays.append(box)
            days_row.addWidget(box)
        self.own_closed_days.toggled.connect(lambda on: [b.setEnabled(on) for b in self.weekdays])
        self.numbers: dict[str, QSpinBox] = {}
        names = {
            "max_advance_days": (self.tr("Maximum advance (days)"), self.tr(" days")),
            "max_duration_minutes": (self.tr("Maximum duration (minutes)"), self.tr(" min")),
            "max_active_per_agent": (self.tr("Maximum active bookings per agent"), ""),
            "cancel_cutoff_minutes": (self.tr("Cancellation cut-off before the start (minutes)"), self.tr(" min")),
            "no_show_release_minutes": (self.tr("No-show release after the start (minutes)"), self.tr(" min")),
        }
        for field, most in NUMBER_FIELDS:
            spin = QSpinBox()
            spin.setRange(INHERITED, most)
            spin.setSpecialValueText(self.tr("Inherited"))
            spin.setSuffix(names[field][1])
            spin.setAccessibleName(names[field][0])
            self.numbers[field] = spin
        self.guests = QComboBox()
        self.guests.setAccessibleName(self.tr("Guests allowed"))
        self.guests.addItem(self.tr("Inherited"), None)
        self.guests.addItem(self.tr("Allowed"), True)
        self.guests.addItem(self.tr("Not allowed"), False)
        self.form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Unit:"), self.unit), (self.tr("&Opening:"), self.opening), (self.tr("&Closing:"), self.closing),
        ]
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        days_group = QGroupBox(self.tr("Closed weekdays"))
        days_layout = QVBoxLayout(days_group)
        days_layout.addWidget(self.own_closed_days)
        days_layout.addLayout(days_row)
        self.form.addRow(days_group)
        for field, _most in NUMBER_FIELDS:
            label = QLabel(names[field][0])
            label.setBuddy(self.numbers[field])
            self.form.addRow(label, self.numbers[field])
        guests_label = QLabel(self.tr("&Guests:"))
        guests_label.setBuddy(self.guests)
        self.form.addRow(guests_label, self.guests)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Result of saving the rule"))
        self.save_button = QPushButton(self.tr("&Save this rule"))
        self.save_button.setAccessibleName(self.tr("Save the rule shown"))
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addLayout(self.form)
        right.addWidget(self.message)
        right.addWidget(self.save_button)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close the booking rules"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.setTabOrder(self.scope_list, self.space_search)
        self.setTabOrder(self.space_search, self.space_results)
        self.setTabOrder(self.space_results, self.remove_button)
        self.setTabOrder(self.remove_button, self.unit)

        # No default button: Enter in the lists picks a scope, Enter in a time field saves.
        for button in (self.save_button, self.remove_button):
            button.setAutoDefault(False)
        for edit in (self.opening, self.closing):
            edit.returnPressed.connect(self.save)
        self.scope_list.currentRowChanged.connect(lambda _r: self._show_scope())
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._find_spaces)
        self.space_search.textChanged.connect(lambda _t: self._debounce.start())
        self.space_search.returnPressed.connect(self._focus_space_results)
        self.space_results.itemActivated.connect(lambda _i: self._add_space_scope())
        self.resize(860, 620)
        self._pending_scope: tuple[str | None, str | None] | None = None
        self._pending_message = ""
        self.load()
        self.scope_list.setFocus()

    # -- the scopes ----------------------------------------------------------------------------
    def load(self, select: tuple[str | None, str | None] | None = None, message: str = "") -> None:
        """Read the rules again, then show the scope `select` (default: the current one) and `message`."""
        self._pending_scope = select
        self._pending_message = message
        store = self.app.store
        Op(self.app, lambda ctx: rule_services.list_rules(store), parent=self).success(self._loaded).failure(
            lambda exc: self.message.setText(explain(exc))).run()

    def _loaded(self, rules: list[RuleInfo]) -> None:
        self.rules = rules
        self.space_kinds.update({r.space_id: r.kind_of_space for r in rules if r.space_id})
        current = self._pending_scope or (self.current_scope()[:2] if self.scopes else (None, None))
        scopes: list[tuple[str | None, str | None, str]] = [(None, None, "")]
        scopes += [(kind, None, "") for kind in BOOKABLE_KINDS]
        scopes += [(None, r.space_id, r.space_name) for r in rules if r.space_id]
        if current[1] and all(s[1] != current[1] for s in scopes):
            name = next((n for i, n, _k in self.found if i == current[1]), "")
            scopes.append((None, current[1], name))  # a space's rule not saved yet
        self.scopes = scopes
        self.scope_list.blockSignals(True)
        self.scope_list.clear()
        for kind, space_id, name in scopes:
            self.scope_list.addItem(QListWidgetItem(self._scope_title(kind, space_id, name)))
        index = next((i for i, s in enumerate(scopes) if s[:2] == tuple(current)), 0)
        self.scope_list.setCurrentRow(index)
        self.scope_list.blockSignals(False)
        self._show_scope()
        self.message.setText(self._pending_message)

    def _scope_title(self, kind: str | None, space_id: str | None, name: str) -> str:
        if space_id:
            return self.tr("Space: %1").replace("%1", name)
        if kind:
            return self.tr("Kind: %1").replace("%1", space_kind_label(kind))
        return self.tr("Whole site")

    def current_scope(self) -> tuple[str | None, str | None, str]:
        row = self.scope_list.currentRow()
        return self.scopes[row] if 0 <= row < len(self.scopes) else (None, None, "")

    def current_rule(self) -> RuleInfo | None:
        kind, space_id, _name = self.current_scope()
        return next((r for r in self.rules if r.space_kind == kind and r.space_id == space_id), None)

    def wider_rules(self) -> EffectiveRules:
        """What applies where this scope's fields are left inherited: the site's rule, and the kind's for a space."""
        kind, space_id, _name = self.current_scope()
        if kind is None and space_id is None:
            return resolve([])
        layers = [r.values for r in self.rules if r.space_kind is None and r.space_id is None]
        if space_id:
            kind_of_space = self.space_kinds.get(space_id, "")
            layers += [r.values for r in self.rules if r.space_kind == kind_of_space and r.space_id is None]
        return resolve(layers)

    def _show_inherited(self, wider: EffectiveRules) -> None:
        """Say in each field what "Inherited" stands for here."""
        units = {"half_day": self.tr("half-days"), "day": self.tr("whole days"), "slot": self.tr("15-minute slots")}
        self.unit.setItemText(0, self.tr("Inherited (%1)").replace("%1", units.get(wider.unit, wider.unit)))
        self.opening.setPlaceholderText(self.tr("Inherited (%1)").replace("%1", _hhmm(wider.opening)))
        self.closing.setPlaceholderText(self.tr("Inherited (%1)").replace("%1", _hhmm(wider.closing)))
        for field, spin in self.numbers.items():
            value = getattr(wider, field)
            if field in ("cancel_cutoff_minutes", "no_show_release_minutes"):
                shown = self.tr("none") if not value else str(value)
            else:
                shown = self.tr("no limit") if value is None else str(value)
            spin.setSpecialValueText(self.tr("Inherited (%1)").replace("%1", shown))
        self.guests.setItemText(0, self.tr("Inherited (%1)").replace(
            "%1", self.tr("allowed") if wider.guests_allowed else self.tr("not allowed")))

    def _show_scope(self) -> None:
        kind, space_id, name = self.current_scope()
        rule = self.current_rule()
        values: dict[str, Any] = rule.values if rule else {}
        wider = self.wider_rules()
        self._show_inherited(wider)
        self.heading.setText(self._scope_title(kind, space_id, name) + "\n" + (
            self.tr("Fields left inherited follow the wider rule.") if (kind or space_id) else
            self.tr("Fields left inherited: open every day but public holidays, all day, no limit.")))
        self.unit.setCurrentIndex(max(self.unit.findData(values.get("unit")), 0))
        self.opening.setText(values.get("opening_time") or "")
        self.closing.setText(values.get("closing_time") or "")
        closed = values.get("closed_weekdays")
        self.own_closed_days.setChecked(closed is not None)
        # Inherited: the wider rule's days are shown ticked, greyed until this rule sets its own.
        shown_days = set(closed) if closed is not None else set(wider.closed_weekdays)
        for index, box in enumerate(self.weekdays):
            box.setChecked(index in shown_days)
            box.setEnabled(closed is not None)
        for field, spin in self.numbers.items():
            value = values.get(field)
            spin.setValue(INHERITED if value is None else int(value))
        guests = values.get("guests_allowed")
        self.guests.setCurrentIndex(0 if guests is None else 1 if guests else 2)
        self.remove_button.setEnabled(rule is not None and (kind is not None or space_id is not None))
        self.message.clear()

    # -- a space's own rule ----------------------------------------------------------------------
    def _find_spaces(self) -> None:
        store, query = self.app.store, self.space_search.text()
        if not query.strip():
            self.space_results.clear()
            return
        Op(self.app, lambda ctx: rule_services.find_spaces(store, query=query), parent=self).success(self._spaces_found).run()

    def _spaces_found(self, found: list[tuple[str, str, str]]) -> None:
        self.found = found
        self.space_results.clear()
        for space_id, name, kind in found:
            item = QListWidgetItem(f"{name} — {space_kind_label(kind)}")
            item.setData(Qt.ItemDataRole.UserRole, space_id)
            self.space_results.addItem(item)
        if found:
            self.space_results.setCurrentRow(0)

    def _focus_space_results(self) -> None:
        self._debounce.stop()
        self._find_spaces()
        self.space_results.setFocus()

    def _add_space_scope(self) -> None:
        row = self.space_results.currentRow()
        if not 0 <= row < len(self.found):
            return
        space_id, _name, kind = self.found[row]
        self.space_kinds[space_id] = kind
        self.load(select=(None, space_id))
        self.unit.setFocus()

    # -- saving ----------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The form as rule fields; None where the field is left inherited."""
        values: dict[str, Any] = {
            "unit": self.unit.currentData(),
            "opening_time": self.opening.text().strip() or None,
            "closing_time": self.closing.text().strip() or None,
            "closed_weekdays": [i for i, b in enumerate(self.weekdays) if b.isChecked()]
            if self.own_closed_days.isChecked() else None,
            "guests_allowed": self.guests.currentData(),
        }
        for field, spin in self.numbers.items():
            values[field] = None if spin.value() == INHERITED else spin.value()
        return values

    def save(self) -> None:
        kind, space_id, _name = self.current_scope()
        store, values = self.app.store, self.values()
        Op(self.app, lambda ctx: rule_services.set_rule(store, space_kind=kind, space_id=space_id, **values),
           parent=self).success(lambda _o: self._saved(kind, space_id)).failure(
            lambda exc: self.message.setText(problem_text(exc))).run()

    def _saved(self, kind: str | None, space_id: str | None) -> None:
        self.saved.emit()
        self.load(select=(kind, space_id), message=self.tr("Rule saved. It applies to new bookings and moves."))

    def remove(self) -> None:
        rule = self.current_rule()
        if rule is None:
            return
        store = self.app.store
        Op(self.app, lambda ctx: rule_services.remove_rule(store, rule_id=rule.id), parent=self).success(
            lambda _o: self.load(select=(None, None) if rule.space_id else (rule.space_kind, None),
                                 message=self.tr("Rule removed: the wider rule applies again."))).failure(
            lambda exc: self.message.setText(problem_text(exc))).run()


def _hhmm(at: time) -> str:
    return "24:00" if at == time.max else at.strftime("%H:%M")


def problem_text(exc: BaseException) -> str:
    """A French sentence for a refused rule value (the core's `problem` code), else the general message."""
    params = exc.params if isinstance(exc, NomadError) else {}
    fields = {
        "unit": QCoreApplication.translate("RulesDialog", "Booking unit"),
        "opening_time": QCoreApplication.translate("RulesDialog", "Opening"),
        "closing_time": QCoreApplication.translate("RulesDialog", "Closing"),
        "closed_weekdays": QCoreApplication.translate("RulesDialog", "Closed weekdays"),
        "max_advance_days": QCoreApplication.translate("RulesDialog", "Maximum advance"),
        "max_duration_minutes": QCoreApplication.translate("RulesDialog", "Maximum duration"),
        "max_active_per_agent": QCoreApplication.translate("RulesDialog", "Maximum active bookings per agent"),
        "cancel_cutoff_minutes": QCoreApplication.translate("RulesDialog", "Cancellation cut-off"),
        "no_show_release_minutes": QCoreApplication.translate("RulesDialog", "No-show release"),
    }
    problems = {
        "bad_time": QCoreApplication.translate("RulesDialog", "%1: write the time as HH:MM, e.g. 08:30."),
        "not_quarter_hour": QCoreApplication.translate("RulesDialog", "%1: times are on the quarter hour (00, 15, 30 or 45)."),
        "closing_before_opening": QCoreApplication.translate("RulesDialog", "The closing time must come after the opening time."),
        "bad_weekday": QCoreApplication.translate("RulesDialog", "%1: unknown day."),
        "closed_every_day": QCoreApplication.translate("RulesDialog", "The site cannot be closed every day of the week."),
        "out_of_range": QCoreApplication.translate("RulesDialog", "%1: the value must be between 0 and %2."),
        "zero_forbids_all": QCoreApplication.translate("RulesDialog", "%1: zero would forbid every booking; leave it inherited for no limit."),
        "unknown_unit": QCoreApplication.translate("RulesDialog", "%1: unknown unit."),
        "site_rule_kept": QCoreApplication.translate("RulesDialog", "The site's rule cannot be removed; leave its fields inherited instead."),
    }
    text = problems.get(str(params.get("problem", "")))
    if text is None:
        return explain(exc)
    return text.replace("%1", fields.get(str(params.get("field", "")), "")).replace("%2", str(params.get("most", "")))
