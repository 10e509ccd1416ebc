"""Plausible Chinese personal names: surnames drawn by how common they are, given names by gender."""

from __future__ import annotations

import random

from app.models.enums import Gender
from app.services.demo.draw import Weighted

# Common surnames with rough relative frequency (per mille of the population, national figures, with
# 马, 韩 and 祁 weighted up as in the north-west). Order does not matter; weights do.
SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 71.5), ("李", 72.5), ("张", 68.6), ("刘", 53.8), ("陈", 46.1), ("杨", 33.1), ("马", 30.0),
    ("黄", 22.9), ("赵", 20.0), ("吴", 19.8), ("周", 18.9), ("徐", 13.0), ("孙", 12.6), ("朱", 11.0),
    ("胡", 10.8), ("郭", 10.6), ("何", 10.4), ("高", 10.2), ("林", 9.9), ("罗", 8.8), ("韩", 9.5),
    ("郑", 8.3), ("梁", 6.9), ("谢", 6.4), ("宋", 6.3), ("唐", 6.2), ("许", 5.9), ("冯", 5.3),
    ("邓", 5.1), ("曹", 5.0), ("彭", 4.8), ("曾", 4.8), ("肖", 4.7), ("田", 4.6), ("董", 4.5),
    ("袁", 4.1), ("潘", 4.0), ("于", 3.9), ("蒋", 3.9), ("蔡", 3.8), ("余", 3.7), ("杜", 3.6),
    ("叶", 3.6), ("程", 3.5), ("苏", 3.3), ("魏", 3.3), ("吕", 3.2), ("丁", 3.1), ("任", 3.1),
    ("沈", 3.0), ("姚", 2.9), ("卢", 2.9), ("姜", 2.8), ("崔", 2.8), ("钟", 2.7), ("谭", 2.6),
    ("陆", 2.6), ("汪", 2.6), ("范", 2.5), ("金", 2.5), ("石", 2.4), ("廖", 2.3), ("贾", 2.3),
    ("夏", 2.2), ("韦", 2.2), ("付", 2.1), ("方", 2.1), ("白", 2.1), ("邹", 2.0), ("孟", 2.0),
    ("熊", 1.9), ("秦", 1.9), ("邱", 1.8), ("江", 1.8), ("尹", 1.7), ("薛", 1.7), ("闫", 1.6),
    ("段", 1.6), ("雷", 1.5), ("侯", 1.5), ("龙", 1.4), ("史", 1.4), ("陶", 1.3), ("黎", 1.3),
    ("贺", 1.2), ("顾", 1.2), ("毛", 1.2), ("郝", 1.1), ("龚", 1.1), ("邵", 1.1), ("万", 1.0),
    ("祁", 1.5), ("冶", 0.8), ("铁", 0.4), ("喇", 0.3), ("才", 0.4),
    # Compound surnames and a few rare characters, so lists exercise sorting and fonts.
    ("欧阳", 0.5), ("司马", 0.2), ("上官", 0.2), ("诸葛", 0.15), ("东方", 0.15), ("皇甫", 0.1),
    ("亓", 0.1), ("禤", 0.08), ("昝", 0.08), ("訾", 0.06), ("冮", 0.05),
)  # fmt: skip

# Characters of given names (one character each); a few rare ones (喆 堃 昇 翀 祎 玥 珺) on purpose.
MALE_CHARS = tuple(
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁建国志文海峰林俊浩宇亮晨博凯健东龙德成振彬洋源坤旭毅豪骏正永卫忠家兴安福祥瑞喆堃昇翀"
)
FEMALE_CHARS = tuple(
    "芳娜敏静丽艳娟霞秀玲桂英红燕萍慧婷雪琳颖倩洁梅莉兰琴云莹欣悦佳雯蕾岚晶瑶怡嘉雅馨璐婧祎玥珺淑凤翠春丹晓月彤"
)
SHARED_CHARS = tuple("文晓春海建玉小永新学振思子紫一诗雨明宏世天")


class NameMaker:
    """Draws names from one seeded random source; the same seed always gives the same names."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._surnames = Weighted([s for s, _ in SURNAMES], [w for _, w in SURNAMES])

    def surname(self) -> str:
        return self._surnames.pick(self.rng)

    def given(self, gender: Gender) -> str:
        rng = self.rng
        pool = MALE_CHARS if gender is Gender.MALE else FEMALE_CHARS
        if rng.random() < 0.22:  # one-character given names, common among older people
            return rng.choice(pool)
        first = rng.choice(SHARED_CHARS) if rng.random() < 0.35 else rng.choice(pool)
        second = rng.choice(pool)
        while second == first:
            second = rng.choice(pool)
        return first + second

    def person(self, gender: Gender | None = None) -> tuple[str, Gender]:
        g = gender or (Gender.MALE if self.rng.random() < 0.56 else Gender.FEMALE)
        return self.surname() + self.given(g), g

    def name(self) -> str:
        return self.person()[0]

    def unique(self, taken: set[str], gender: Gender | None = None) -> tuple[str, Gender]:
        """A name not yet in `taken` (members of one office rarely share a full name)."""
        for _ in range(50):
            name, g = self.person(gender)
            if name not in taken:
                taken.add(name)
                return name, g
        name, g = self.person(gender)
        name += self.rng.choice(MALE_CHARS if g is Gender.MALE else FEMALE_CHARS)
        taken.add(name)
        return name, g

    def mobile(self) -> str:
        prefix = self.rng.choice(
            ("135", "138", "139", "150", "151", "158", "177", "180", "186", "189", "199")
        )
        return prefix + f"{self.rng.randrange(10**8):08d}"

    def landline(self) -> str:
        return f"0971-{self.rng.choice('4568')}{self.rng.randrange(10**6):06d}"
