"""The embedded broker never hands a worker a message that is still being written.

A consumer in another process polls the queue folder as fast as it can while this one publishes;
every message must arrive, whole. (kombu's own filesystem transport fails this within a
few hundred messages: it creates the file first and writes it after, and the consumer stops on the
empty file.)
"""

import multiprocessing

from kombu import Connection

from config.filesystem_queue import Transport

MESSAGES = 1500


def consume(options: dict, results) -> None:
    received = []
    with Connection(transport=Transport, transport_options=options) as connection:
        channel = connection.default_channel
        while len(received) < MESSAGES:
            try:
                received.append(channel._get("captures")["n"])
            except Exception as exc:  # anything but "nothing yet" is the failure
                if type(exc).__name__ != "Empty":
                    results.put(repr(exc))
                    return
    results.put(received)


def test_a_polling_worker_only_ever_reads_whole_messages(tmp_path):
    queue = tmp_path / "queue"
    queue.mkdir()
    options = {
        "data_folder_in": str(queue),
        "data_folder_out": str(queue),
        "control_folder": str(tmp_path / "control"),
        "store_processed": False,
    }
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    consumer = context.Process(target=consume, args=(options, results), daemon=True)
    consumer.start()
    try:
        with Connection(transport=Transport, transport_options=options) as connection:
            channel = connection.default_channel
            for n in range(MESSAGES):
                channel._put("captures", {"n": n, "padding": "x" * 2000})
        received = results.get(timeout=60)
    finally:
        consumer.kill()
        consumer.join(timeout=10)
    assert sorted(received) == list(range(MESSAGES))
    assert not list(queue.iterdir())  # nothing left behind, not even a partial file
