"""Prints every character the receipt image draws: its messages in Chinese and English (the keys ReceiptImageService
reads), printable ASCII (codes, dates, the follow-up address) and common CJK punctuation."""
import pathlib

KEYS = ["app.name", "receiptImage.title", "receipt.code", "receipt.key", "receiptImage.date",
        "receiptImage.scan", "receiptImage.warning"]
BUNDLES = pathlib.Path(__file__).resolve().parents[2] / "i18n"
chars = set(chr(c) for c in range(0x20, 0x7F)) | set("·：，。；（）“”、！？—…")
for name in ("messages.properties", "messages_en.properties"):
    for line in (BUNDLES / name).read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("=")
        if key.strip() in KEYS:
            chars |= set(value)
print("".join(sorted(chars)))
