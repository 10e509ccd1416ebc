"""Work on the GUI thread a slice at a time, so the window keeps answering between the slices: a page
built a section per turn (设置), a page's reading started once the page has been painted (MainWindow,
so that the paint does not share the interpreter lock with the pool's threads).

    self.building = run_in_slices(self, [self._build_points, self._build_kinds, self._build_print])

Each step runs on its own turn of the event loop (queued after the paint and input events already
waiting), so a page made of several heavy sections never holds the GUI thread for all of them at once.
`finish()` runs what is left at once (before code that needs every section); `then(callback)` runs
after the last step. Steps belonging to a destroyed owner are dropped. With `tasks.SYNCHRONOUS`
(tests, the screenshot command) every step runs inline, before run_in_slices returns. `after_paint`
runs a step once a widget has been painted (`on_paint` waits for the paint in every mode). `busy()` says
whether some work is still being built (for code that waits until the window has settled).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.ui import tasks

Step = Callable[[], None]
_PENDING: set[Slices] = set()  # started and not finished (kept alive until then)


def busy() -> bool:
    """Whether steps are still waiting for their turn (or for a paint)."""
    return bool(_PENDING or _PENDING_PAINTS)


class Slices:
    def __init__(self, owner: QObject, steps: Iterable[Step]) -> None:
        self._owner = owner
        self._steps: deque[Step] = deque(steps)
        self._after: list[Step] = []

    @property
    def done(self) -> bool:
        return not self._steps

    def then(self, callback: Step) -> None:
        """Run `callback` once every step has run (now, if they have)."""
        if self.done:
            callback()
        else:
            self._after.append(callback)

    def finish(self) -> None:
        """Run the steps left now, then what waits for them."""
        while self._steps:
            self._steps.popleft()()
        self._run_after()

    def _next(self) -> None:
        if self._steps:
            self._steps.popleft()()
        if self._steps:
            QTimer.singleShot(0, self._owner, self._next)
        else:
            self._run_after()

    def _run_after(self) -> None:
        _PENDING.discard(self)
        after, self._after = self._after, []
        for callback in after:
            callback()

    def _start(self) -> None:
        if tasks.SYNCHRONOUS:
            self.finish()
        elif self._steps:
            _PENDING.add(self)
            self._owner.destroyed.connect(lambda _owner=None: _PENDING.discard(self))
            QTimer.singleShot(0, self._owner, self._next)


class _AfterPaint(QObject):
    """Runs `step` on the turn after `widget` was painted (or after `fallback_ms` if it is not)."""

    def __init__(self, widget: QWidget, step: Step, fallback_ms: int | None) -> None:
        super().__init__(widget)
        self._step: Step | None = step
        widget.installEventFilter(self)
        # a widget gone before its paint (a dialog closed at once) leaves nothing waiting
        widget.destroyed.connect(lambda _widget=None: _PENDING_PAINTS.discard(self))
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self, self._run)  # minimised, covered, off screen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._step is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # once its children are painted too
        return False

    def _run(self) -> None:
        step = self.cancel()
        if step is not None:
            step()

    def cancel(self) -> Step | None:
        """Not wanted any more (the step, if it had not run yet; nothing once it has)."""
        step, self._step = self._step, None
        if step is not None:
            _PENDING_PAINTS.discard(self)
            self.deleteLater()
        return step


_PENDING_PAINTS: set[_AfterPaint] = set()


def after_paint(widget: QWidget, step: Step, *, fallback_ms: int = 100) -> None:
    """Run `step` once `widget` has been painted (inline with tasks.SYNCHRONOUS): work that would
    share the interpreter lock with that paint waits for it."""
    if tasks.SYNCHRONOUS:
        step()
    else:
        on_paint(widget, step, fallback_ms=fallback_ms)


def on_paint(widget: QWidget, step: Step, *, fallback_ms: int | None = None) -> _AfterPaint:
    """Run `step` on the turn after `widget` has painted, even with tasks.SYNCHRONOUS (a dialog whose
    own event loop must be running first); without `fallback_ms`, only once it paints. `.cancel()` on
    the answer drops the step if it has not run (the dialog closed before it painted)."""
    waiting = _AfterPaint(widget, step, fallback_ms)
    _PENDING_PAINTS.add(waiting)
    return waiting


def run_in_slices(owner: QObject, steps: Iterable[Step]) -> Slices:
    """Run `steps` one per turn of the event loop while `owner` lives (inline with tasks.SYNCHRONOUS)."""
    slices = Slices(owner, steps)
    slices._start()
    return slices
