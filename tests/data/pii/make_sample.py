"""Writes labelled.jsonl: the labelled personal-data sample of bench/bench_pii.py and tests/test_pii.py.

Two parts, each line ``{"text", "pii": [{"start", "end", "kind"}], "source"}``:
- ``real_lines.jsonl``: 519 lines with digits or "@" from the Russian Rust Book (MIT OR Apache-2.0)
  and ru.react.dev (CC-BY-4.0), copied as they are. Read by a person: they hold no personal data
  (versions, listing numbers, 127.0.0.1:7878, "@" in Rust patterns), so their label is empty;
- synthetic sentences made here with a fixed seed: every kind in the formats people write, and
  the numbers that are not personal data (dates, times, prices, versions, ISBNs, ГОСТ numbers,
  private IPs, failed check digits, bare ten-digit numbers). Check digits are computed here, by
  this script's own code, from the published rules (not by sloika's detector); the published
  example numbers (ИНН 7707083893, 500100732259, СНИЛС 112-233-445 95) are included as well.

Run ``python tests/data/pii/make_sample.py`` to rewrite labelled.jsonl.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent
rng = random.Random(22)

NAMES = ["ivan.petrov", "a.smirnova", "kuznetsov1985", "olga_v", "sergey-ivanov", "m.popova", "dev.team"]
DOMAINS = ["mail.ru", "yandex.ru", "gmail.com", "company.com", "inbox.ru", "univ.spb.ru", "bk.ru"]
RU_CODES = ["495", "499", "812", "916", "903", "926", "985", "383", "343", "800", "921", "964"]
FOREIGN = [
    "+44 20 7946 0958",
    "+1 (212) 555-0100",
    "+49 30 901820",
    "+380 44 123 4567",
    "+375 17 234-56-78",
    "+33 1 42 68 53 00",
    "+7 727 258 2828",
]
INTRO = {
    "email": [
        "Пишите на {}, отвечу в течение дня.",
        "Контакт для связи: {}",
        "Резюме присылайте по адресу {}.",
    ],
    "phone": [
        "Звоните по телефону {} с 9 до 18.",
        "Тел.: {}",
        "Если что, мой номер {}, пиши в любое время.",
        "Справки по телефону {} (звонок бесплатный).",
    ],
    "ip": ["Сервер доступен по адресу {}.", "Атака шла с IP {} всю ночь.", "В логе видно подключение с {}."],
    "card": ["Оплатите на карту {}, срок действия 12/27.", "Номер карты: {}", "Переведите на {} до пятницы."],
    "inn": ["ИНН {}, КПП 773601001.", "Реквизиты: ИНН {}", "Индивидуальный предприниматель, ИНН {}."],
    "snils": ["СНИЛС {} приложите к заявлению.", "Страховой номер (СНИЛС): {}", "СНИЛС {}"],
}
NEGATIVES = [
    "Встреча назначена на 15.01.2024 в 10:30, а отчёт сдаём 2024-02-01.",
    "В 2019-2020 годах выручка выросла на 12,5 %.",
    "Цена: 1 500 000 руб., со скидкой 1 299 990 руб.",
    "Ноутбук стоит 89 990 ₽, доставка 1 490 ₽.",
    "Обновите Windows до версии 10.0.19041.1234, а драйвер до v2.10.3.1.",
    "Установите пакет версии 1.2.3.4 или новее.",
    "ISBN 978-5-17-118366-2, тираж 3000 экз.",
    "См. книгу: ISBN 5-7325-0404-2, с. 123-145.",
    "Оформление по ГОСТ Р 52872-2019 и ГОСТ 7.32-2017.",
    "Чертежи выполнены по ГОСТ 2.105-95, допуски по ГОСТ 25346-89.",
    "Система менеджмента качества по ГОСТ Р ИСО 9001-2015.",
    "Роутер отвечает на 192.168.0.1, второй узел 10.0.0.15.",
    "Номер заказа 4951234567 сохраните до получения.",
    "Счёт 40817810099910004312 в рублях.",
    "ОГРН 1027700132195, ОКПО 00032537.",
    "Координаты: 55.7558, 37.6173.",
    "Рейс SU 1402 вылетает в 06:45 12.03.2025.",
    "Население города 1 234 567 человек на 01.01.2023.",
    "Протокол № 123-456-789 от 05.06.2022.",
    "Артикул 4006381333931 указан на коробке.",
    "Серия и номер паспорта указываются без пробелов, например 4510 в графе серии.",
    "Температура упала до -25 °C, давление 745 мм рт. ст.",
    "Закон № 152-ФЗ от 27.07.2006 «О персональных данных».",
    "Время работы: пн-пт 09:00-18:00, сб 10:00-16:00.",
    "Задача решена за 0.0001 секунды на 16 ядрах.",
]


HARD = [
    ("Пишите на info@пример.рф, ответим.", "info@пример.рф", "email"),
    ("Почта: Ivan.Petrov@Mail.Ru", "Ivan.Petrov@Mail.Ru", "email"),
    ("Телефон в офисе 22-33-44, спросить Ольгу.", "22-33-44", "phone"),
    ("Звоните: 8 (495) 123 45 67 доб. 123", "8 (495) 123 45 67", "phone"),
    ("Мой номер +7-916-555-12-34, пишите в телеграм.", "+7-916-555-12-34", "phone"),
    ("Тел./факс (812) 234-56-78", "(812) 234-56-78", "phone"),
    ("Оплата на карту 2200 1234 5678 9019", "2200 1234 5678 9019", "card"),
    ("Сервер 8.8.8.8 не отвечает.", "8.8.8.8", "ip"),
]


def luhn_digit(body: str) -> str:
    total = 0
    for i, char in enumerate(reversed(body)):
        n = int(char) * (1 if i % 2 else 2)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def inn(length: int) -> str:
    def digit(digits: str, weights: list[int]) -> str:
        return str(sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10)

    body = "".join(rng.choice("0123456789") for _ in range(length - (1 if length == 10 else 2)))
    body = str(rng.randint(1, 9)) + body[1:]
    if length == 10:
        return body + digit(body, [2, 4, 10, 3, 5, 9, 4, 6, 8])
    body += digit(body, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
    return body + digit(body, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])


def snils() -> str:
    body = "".join(rng.choice("0123456789") for _ in range(9))
    total = sum(int(d) * w for d, w in zip(body, range(9, 0, -1), strict=True))
    while total > 101:
        total %= 101
    check = 0 if total in (100, 101) else total
    return f"{body[:3]}-{body[3:6]}-{body[6:9]} {check:02d}"


def card() -> str:
    prefix = rng.choice(["4", "51", "53", "55", "2200", "2202"])
    body = prefix + "".join(rng.choice("0123456789") for _ in range(15 - len(prefix)))
    number = body + luhn_digit(body)
    return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if rng.random() < 0.7 else number


def phone() -> str:
    if rng.random() < 0.25:
        return rng.choice(FOREIGN)
    code, rest = rng.choice(RU_CODES), f"{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
    a, b, c = rest[:3], rest[3:5], rest[5:]
    return rng.choice(
        [
            f"+7 ({code}) {a}-{b}-{c}",
            f"8 ({code}) {a}-{b}-{c}",
            f"+7 {code} {a} {b} {c}",
            f"8-{code}-{a}-{b}-{c}",
            f"8{code}{a}{b}{c}",
            f"+7{code}{a}{b}{c}",
            f"8 {code} {a}{b}{c}",
        ]
    )


def public_ip() -> str:
    while True:
        parts = [rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)]
        if parts[0] not in (10, 100, 127, 169, 172, 192, 198, 203):  # clear of private and reserved blocks
            return ".".join(map(str, parts))


MAKERS = {
    "email": lambda: f"{rng.choice(NAMES)}@{rng.choice(DOMAINS)}",
    "phone": phone,
    "ip": public_ip,
    "card": card,
    "inn": lambda: rng.choice([inn(10), inn(12), "7707083893", "500100732259"]),
    "snils": lambda: rng.choice([snils(), "112-233-445 95"]),
}
PER_KIND = {"email": 40, "phone": 80, "ip": 30, "card": 30, "inn": 30, "snils": 30}


def synthetic() -> list[dict]:
    lines = []
    for kind, count in PER_KIND.items():
        for _ in range(count):
            template, value = rng.choice(INTRO[kind]), MAKERS[kind]()
            start = template.index("{}")
            lines.append(
                {
                    "text": template.format(value),
                    "pii": [{"start": start, "end": start + len(value), "kind": kind}],
                    "source": "synthetic",
                }
            )
    # two kinds in one sentence, and a wrong check digit that must stay
    for _ in range(20):
        mail, tel = MAKERS["email"](), phone()
        text = f"Контакты: {mail}, тел. {tel}."
        lines.append(
            {
                "text": text,
                "pii": [
                    {"start": 10, "end": 10 + len(mail), "kind": "email"},
                    {"start": text.index(tel), "end": text.index(tel) + len(tel), "kind": "phone"},
                ],
                "source": "synthetic",
            }
        )
    for _ in range(15):
        good = inn(10)
        bad = good[:-1] + str((int(good[-1]) + 1) % 10)
        lines.append({"text": f"ИНН {bad} указан с ошибкой.", "pii": [], "source": "synthetic"})
        number = card().replace(" ", "")
        wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
        lines.append({"text": f"Карта {wrong} не прошла проверку.", "pii": [], "source": "synthetic"})
    lines += [{"text": text, "pii": [], "source": "synthetic"} for text in NEGATIVES]
    for text, value, kind in HARD:  # written as people do, and known to be hard
        start = text.index(value)
        lines.append(
            {
                "text": text,
                "pii": [{"start": start, "end": start + len(value), "kind": kind}],
                "source": "synthetic",
            }
        )
    return lines


def main() -> None:
    real = [json.loads(line) | {"pii": []} for line in (HERE / "real_lines.jsonl").open(encoding="utf-8")]
    with (HERE / "labelled.jsonl").open("w", encoding="utf-8") as out:
        for line in real + synthetic():
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
