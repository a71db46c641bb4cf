"""Invented records of the genre for the corpus benchmark and the corpus tests.

Every record is made from a seed (its index): the same index always gives the
same text, and two indexes give two distinct records. Persons are drawn from
the surnames of the authority data, so the same persons recur across records
as they do in a real collection; dates, archival citations, notes, speakers
and the order of turns vary. The words are invented for this benchmark."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

MEMBERS = ["Khrushchev", "Bulganin", "Voroshilov", "Kaganovich", "Malenkov", "Mikoyan", "Molotov",
           "Pervukhin", "Saburov", "Suslov", "Brezhnev", "Zhukov", "Shepilov", "Furtseva", "Shvernik",
           "Pospelov", "Kirichenko", "Serov", "Konev", "Andropov"]
TOPICS = ["the Grain Deliveries to Hungary", "the Reply to the Yugoslav Leadership", "the Polish Credits",
          "the Broadcasts from Munich", "the Troops in the Western Districts", "the Plenum of the Central Committee",
          "the Students in the Baltic Republics", "the Visit of the Chinese Delegation",
          "the Coal Plan for the Fourth Quarter", "the Note to the Western Governments",
          "the Virgin Lands Harvest", "the Housing Programme in Moscow", "the Exhibition in Brussels",
          "the Fishing Treaty with Japan", "the Schools of the Party"]
SAYINGS = ["The figures were sent round yesterday and nobody has objected.",
           "We must not wait for another week; the situation will not improve by itself.",
           "The ministry has prepared two variants; the second is cheaper.",
           "Our people on the spot report that the mood has calmed down.",
           "This question was already raised earlier and nothing was done.",
           "The railway cannot carry more than forty wagons a day.",
           "We should answer in writing and keep the tone calm.",
           "Let the commission look at it again and report next time.",
           "The draft is too long; half of it repeats the old instruction.",
           "I support the proposal, but the dates must be moved.",
           "The comrades in the region did not carry out what was agreed.",
           "We have no reserves for this until the spring."]
NOTES = ["Presumably the draft circulated before the session; it is not in this file.",
         "The minister's report of that week is in {ref}.",
         "The figure is hard to read in the original and may be 14 rather than 11.",
         "This refers to the instruction of the previous session, which the protocol repeats; see {ref}.",
         "The word in the original is abbreviated and could also be read as a name.",
         "A page of the notes is missing here; the archive's inventory does not list it."]
TASKS = ["prepare the draft reply", "check the figures with the ministry", "draft the instruction to the ambassador",
         "report on the deliveries within a week", "agree the text with the Council of Ministers"]
ARCHIVES = [("TsKhSD", 3, 12), ("APRF", 3, 64), ("RGANI", 3, 14)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def invented_record(index: int) -> str:
    """One invented record; the same index always gives the same text."""
    rnd = random.Random(1956 * 7919 + index)
    day = dt.date(1953, 3, 10) + dt.timedelta(days=(index * 37) % 4000)
    title = f"Working Notes from the Session of the CPSU CC Presidium on {day.day} {MONTHS[day.month - 1]} {day.year}"
    present = rnd.sample(MEMBERS, rnd.randint(7, 13))
    speakers = rnd.sample(present, rnd.randint(3, min(7, len(present))))
    archive, fond, opis = ARCHIVES[index % len(ARCHIVES)]
    ref_archive, ref_fond, ref_opis = ARCHIVES[(index + 1) % len(ARCHIVES)]
    ref = f"{ref_archive}, F. {ref_fond}, Op. {ref_opis}, D. {400 + index % 97}, L. {10 + index % 50}"
    lines = [title, "", f"Those Taking Part: {', '.join(present)}", ""]
    marker = 0
    notes = rnd.sample(NOTES, rnd.randint(1, 4))
    for n, topic in enumerate(rnd.sample(TOPICS, rnd.randint(1, 3))):
        lines += [f"On {topic}.", f"(Cdes. {speakers[n % len(speakers)]})", ""]
        turn_order = speakers[n % 2::2] or speakers
        rnd.shuffle(turn_order)
        for who in turn_order:
            words = " ".join(rnd.sample(SAYINGS, rnd.randint(1, 3)))
            if rnd.random() < 0.5 and marker < len(notes):
                marker += 1
                words += f"({marker})"
            opener = ": " if rnd.random() < 0.5 else "—"
            lines += [f"Cde. {who}{opener}{words}", ""]
        first, second = rnd.sample(present, 2)
        lines += [f"Cdes. {first}, {second} — to {rnd.choice(TASKS)}.", ""]
    folio = 1 + index % 60
    source = (f"[Source: {archive}, F. {fond}, Op. {opis}, D. {1000 + index}, Ll. {folio}-{folio + 3}. "
              "Compiled by V. N. Malin. Invented record for the kg corpus benchmark.]")
    lines += [source, ""]
    if marker:
        lines += ["Translator's Notes", ""]
        for number in range(1, marker + 1):
            lines += [f"{number} {notes[number - 1].format(ref=ref)}", ""]
    return "\n".join(lines)


def write_corpus(folder: str | Path, n: int, start: int = 0) -> list[Path]:
    """Write records ``start .. start+n-1`` into ``folder`` (one file each)."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = out / f"record-{i:05d}.txt"
        p.write_text(invented_record(i), encoding="utf-8")
        paths.append(p)
    return paths
