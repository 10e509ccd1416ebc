"""Which font file sets each role of a printed document (GB/T 9704-2012).

Roles: title 小标宋, body 仿宋, heading1 黑体 (一、), heading2 楷体 (（一）). Each is resolved on its own,
first match wins:

1. the file the office chose in the settings for that role (设置 → 打印), when it exists and has
   TrueType outlines;
2. the office's licensed font installed on the computer: found by file name in the Windows font folders
   (simfang.ttf, simhei.ttf, simkai.ttf, 方正小标宋's files, simsun.ttc for titles) or by family name
   through fontconfig elsewhere;
3. the free font the app ships for that role (app/resources/fonts, see its README).

`SystemFonts` is the only part that looks at the computer; `SystemFonts.hidden()` sees nothing, so the
bundled fonts can be tested on any machine (the environment variable LEDGER_SYSTEM_FONTS=0 does the same
for a whole process, e.g. the command line).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFError, TTFontFile

from app.paths import bundled_font, resources_dir

log = logging.getLogger(__name__)

TITLE, BODY, HEADING1, HEADING2 = "title", "body", "heading1", "heading2"
ROLES = (TITLE, BODY, HEADING1, HEADING2)
SYSTEM_FONTS_ENV = "LEDGER_SYSTEM_FONTS"
TRUETYPE_SUFFIXES = (".ttf", ".ttc", ".otf")  # .otf only works when it has TrueType outlines


@dataclass(frozen=True)
class RoleSpec:
    label: str
    files: tuple[str, ...]  # licensed fonts' file names, in order of preference
    families: tuple[str, ...]  # the same fonts' family names (fontconfig)
    bundled: str  # file in app/resources/fonts
    # Draw glyphs with a thin stroke too: the bold look of 小标宋 with a regular-weight stand-in (宋体).
    fake_bold_files: tuple[str, ...] = ()


SPECS: dict[str, RoleSpec] = {
    TITLE: RoleSpec(
        "小标宋",
        ("FZXBSJW.TTF", "FZXBSK.TTF", "方正小标宋简体.ttf", "方正小标宋_GBK.ttf", "simsun.ttc"),
        ("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "宋体", "SimSun"),
        "LedgerTitle-Song-Bold.ttf",
        fake_bold_files=("simsun.ttc",),
    ),
    BODY: RoleSpec(
        "仿宋",
        ("simfang.ttf", "FANGSONG_GB2312.TTF", "仿宋_GB2312.ttf"),
        ("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong"),
        "LedgerBody-FangSong.ttf",
    ),
    HEADING1: RoleSpec("黑体", ("simhei.ttf",), ("黑体", "SimHei"), "wqy-microhei.ttc"),
    HEADING2: RoleSpec(
        "楷体",
        ("simkai.ttf", "KAITI_GB2312.TTF", "楷体_GB2312.ttf"),
        ("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi"),
        "LedgerHeading-Kai.ttf",
    ),
}


@dataclass(frozen=True)
class ResolvedFont:
    """One role's font: the file, where it came from, and whether to embolden it by stroking."""

    role: str
    path: Path
    source: str  # "settings", "system" or "bundled"
    fake_bold: bool = False

    @property
    def description(self) -> str:
        where = {"settings": "设置中指定", "system": "本机已安装", "bundled": "程序自带"}[self.source]
        return f"{SPECS[self.role].label}：{self.path.name}（{where}）"


def bundled_path(role: str) -> Path:
    name = SPECS[role].bundled
    return bundled_font() if name == bundled_font().name else resources_dir() / "fonts" / name


def has_truetype_outlines(path: Path) -> bool:
    """Whether reportlab can embed the file (TrueType glyf outlines, first face of a collection)."""
    try:
        TTFontFile(str(path), charInfo=0, subfontIndex=0)
    except (TTFError, OSError, ValueError, KeyError, IndexError) as exc:
        log.info("font %s not usable for print: %s", path, exc)
        return False
    return True


@dataclass
class SystemFonts:
    """Fonts installed on this computer: Windows font folders by file name, fontconfig by family."""

    folders: Sequence[Path] = field(default_factory=list)
    use_fontconfig: bool = True

    @classmethod
    def of_this_computer(cls) -> SystemFonts:
        if os.environ.get(SYSTEM_FONTS_ENV, "1").strip() == "0":
            return cls.hidden()
        folders = []
        windir = os.environ.get("WINDIR")
        if windir:
            folders.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return cls(folders=folders, use_fontconfig=shutil.which("fc-list") is not None)

    @classmethod
    def hidden(cls) -> SystemFonts:
        """Sees no font at all (tests, and offices that want the bundled faces only)."""
        return cls(folders=[], use_fontconfig=False)

    def by_file(self, names: Iterable[str]) -> Iterable[Path]:
        for name in names:
            for folder in self.folders:
                for candidate in (folder / name, folder / name.lower(), folder / name.upper()):
                    if candidate.is_file():
                        yield candidate
                        break

    def by_family(self, families: Iterable[str]) -> Iterable[Path]:
        for family in families:
            yield from self._fc_list(f":family={family}")

    def with_character(self, char: str) -> list[Path]:
        """Font files that may draw `char` (fontconfig's answer, else the usual Windows fonts)."""
        if self.use_fontconfig:
            return sorted(set(self._fc_list(f":charset={ord(char):x}")))
        return list(self.by_file(("simsunb.ttf", "simsun.ttc", "msyh.ttc", "simhei.ttf", "mingliub.ttc")))

    def _fc_list(self, pattern: str) -> list[Path]:
        fc_list = shutil.which("fc-list") if self.use_fontconfig else None
        if not fc_list:
            return []
        try:
            done = subprocess.run(
                [fc_list, pattern, "file"], capture_output=True, text=True, timeout=10, check=False
            )
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("fc-list failed: %s", exc)
            return []
        paths = [Path(line.strip().rstrip(":")) for line in done.stdout.splitlines() if line.strip()]
        return [p for p in paths if p.suffix.lower() in TRUETYPE_SUFFIXES]


def resolve_role(role: str, system: SystemFonts, chosen: str | None = None) -> tuple[ResolvedFont, list[str]]:
    """The font for `role` and notes for the clerk (a chosen file that could not be used)."""
    spec = SPECS[role]
    notes: list[str] = []
    if chosen:
        path = Path(chosen)
        if path.is_file() and has_truetype_outlines(path):
            return ResolvedFont(role, path, "settings"), notes
        why = "不存在" if not path.is_file() else "不是 TrueType 轮廓字体"
        notes.append(f"设置中为{spec.label}指定的字体文件“{chosen}”{why}，已改用其他字体。")
    for path in (*system.by_file(spec.files), *system.by_family(spec.families)):
        if has_truetype_outlines(path):
            fake_bold = path.name.lower() in {f.lower() for f in spec.fake_bold_files}
            return ResolvedFont(role, path, "system", fake_bold), notes
    return ResolvedFont(role, bundled_path(role), "bundled"), notes


def resolve_roles(
    system: SystemFonts, chosen: Mapping[str, str] | None = None
) -> tuple[dict[str, ResolvedFont], list[str]]:
    fonts: dict[str, ResolvedFont] = {}
    notes: list[str] = []
    for role in ROLES:
        fonts[role], role_notes = resolve_role(role, system, (chosen or {}).get(role))
        notes += role_notes
    return fonts, notes
