"""Invented records of the genre for the corpus benchmark and the corpus tests.

Every record is made from a seed (its index): the same index always gives the
same text, and two indexes give two distinct records. Persons are drawn from
the surnames of the authority data, so the same persons recur across records
as they do in a real collection; dates, archival citations, notes, speakers
and the order of turns vary. The words are invented for this benchmark.

A record carries the facts every competency query asks about, in the forms
real records of the genre print them: a chairman (a line of its own, or a
gloss in the list) and sometimes members absent with the reason; members who
disagree with one another by name; positions stated in words that show a
stance; proposals; references to earlier decisions, sessions, reports and
talks with their dates (a day or a range of days); and, in some records, a
published memoir cited in a translator's note."""

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
# A member answering another by name ({other}).
OBJECTIONS = ["I do not agree with Cde. {other}; the costs are higher.",
              "Cde. {other} is wrong about the deadlines.",
              "I disagree with Cde. {other} on the figures.",
              "I cannot agree with Cde. {other} here."]
# Words that show a stance: decisive measures, force, negotiation, concern.
STANCES = ["We must take decisive measures at once.",
           "Order there can be kept only by force.",
           "We should negotiate with them through the embassy.",
           "It is better to support the current government there.",
           "The comrades in the republic are worried about the harvest.",
           "I have concerns about the cost of the whole plan."]
PROPOSALS = ["I propose to send the text back to the ministry.",
             "Let us give the commission two more weeks.",
             "Postpone the question until the next session."]
# Earlier events the speakers refer to: {date} is a day, {days} a range of days.
REFERENCES = ["The decision of {date} was carried out only in part.",
              "We discussed this at the session of {date}.",
              "The report of {date} gave other figures.",
              "The talks of {days} settled very little."]
NOTES = ["Presumably the draft circulated before the session; it is not in this file.",
         "The minister's report of that week is in {ref}.",
         "The figure is hard to read in the original and may be 14 rather than 11.",
         "This refers to the instruction of the session of {date}, which the protocol repeats; see {ref}.",
         "The word in the original is abbreviated and could also be read as a name.",
         "A page of the notes is missing here; the archive's inventory does not list it.",
         "For another account of the exchange see {author}, *{title}*, vol. {volume}, p. {page}."]
# Invented memoirs (author, title) for the published citations of the notes.
MEMOIRS = [("Mikoyan", "Gody v Prezidiume"), ("Shepilov", "Zapiski s Kremlya"),
           ("Furtseva", "Na Staroi ploshchadi"), ("Pospelov", "Dela i lyudi")]
ABSENCES = ["ill", "on leave", "abroad", "on holiday"]
TASKS = ["prepare the draft reply", "check the figures with the ministry", "draft the instruction to the ambassador",
         "report on the deliveries within a week", "agree the text with the Council of Ministers"]
ARCHIVES = [("TsKhSD", 3, 12), ("APRF", 3, 64), ("RGANI", 3, 14)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _day(date: dt.date) -> str:
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def _days(first: dt.date, last: dt.date) -> str:
    """A range of days as printed: "5-7 June 1955", "30 June-2 July 1955"."""
    if first.month == last.month:
        return f"{first.day}-{last.day} {MONTHS[first.month - 1]} {first.year}"
    return f"{first.day} {MONTHS[first.month - 1]}-{_day(last)}"


def _earlier(rnd: random.Random, day: dt.date) -> dt.date:
    return day - dt.timedelta(days=rnd.randint(5, 300))


def _header(rnd: random.Random, day: dt.date) -> tuple[list[str], list[str]]:
    """The title, the chair and the members present and absent; returns the
    lines and the members present (the chair first)."""
    title = f"Working Notes from the Session of the CPSU CC Presidium on {_day(day)}"
    chosen = rnd.sample(MEMBERS, rnd.randint(7, 13))
    chair, present = chosen[0], chosen[1:]
    absent = [m for m in MEMBERS if m not in chosen]
    lines = [title, ""]
    if rnd.random() < 0.5:
        lines += [f"Chaired by: Cde. {chair}", f"Those Taking Part: {', '.join(present)}"]
    else:
        lines += [f"Those Taking Part: {chair} (in the chair), {', '.join(present)}"]
    if rnd.random() < 0.4:
        away = rnd.sample(absent, rnd.randint(1, 2))
        lines += ["Absent: " + ", ".join(f"Cde. {m} ({rnd.choice(ABSENCES)})" for m in away)]
    return lines + [""], chosen


def _sentence(rnd: random.Random, day: dt.date, who: str, present: list[str]) -> str:
    """One sentence of a turn: mostly the common stock, sometimes an objection,
    a stance, a proposal or a reference to an earlier event."""
    roll = rnd.random()
    if roll < 0.09:
        other = rnd.choice([m for m in present if m != who])
        return rnd.choice(OBJECTIONS).format(other=other)
    if roll < 0.18:
        return rnd.choice(STANCES)
    if roll < 0.23:
        return rnd.choice(PROPOSALS)
    if roll < 0.31:
        first = _earlier(rnd, day)
        last = first + dt.timedelta(days=rnd.randint(1, 3))
        return rnd.choice(REFERENCES).format(date=_day(first), days=_days(first, last))
    return rnd.choice(SAYINGS)


def _note(rnd: random.Random, text: str, day: dt.date, ref: str) -> str:
    author, title = rnd.choice(MEMOIRS)
    return text.format(ref=ref, date=_day(_earlier(rnd, day)), author=author, title=title,
                       volume=rnd.randint(1, 3), page=rnd.randint(12, 480))


def invented_record(index: int) -> str:
    """One invented record; the same index always gives the same text."""
    rnd = random.Random(1956 * 7919 + index)
    day = dt.date(1953, 3, 10) + dt.timedelta(days=(index * 37) % 4000)
    lines, present = _header(rnd, day)
    speakers = rnd.sample(present, rnd.randint(3, min(7, len(present))))
    archive, fond, opis = ARCHIVES[index % len(ARCHIVES)]
    ref_archive, ref_fond, ref_opis = ARCHIVES[(index + 1) % len(ARCHIVES)]
    ref = f"{ref_archive}, F. {ref_fond}, Op. {ref_opis}, D. {400 + index % 97}, L. {10 + index % 50}"
    marker = 0
    notes = rnd.sample(NOTES, rnd.randint(1, 4))
    for n, topic in enumerate(rnd.sample(TOPICS, rnd.randint(1, 3))):
        lines += [f"On {topic}.", f"(Cdes. {speakers[n % len(speakers)]})", ""]
        turn_order = speakers[n % 2::2] or speakers
        rnd.shuffle(turn_order)
        for who in turn_order:
            said = []
            for _ in range(rnd.randint(1, 3)):
                sentence = _sentence(rnd, day, who, present)
                if sentence not in said:
                    said.append(sentence)
            words = " ".join(said)
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
            lines += [f"{number} {_note(rnd, notes[number - 1], day, ref)}", ""]
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
