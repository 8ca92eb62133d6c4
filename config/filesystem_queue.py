"""The embedded broker: kombu's filesystem transport, with each message published whole.

kombu creates a message file under its final name and only then writes it. A worker that lists
the folder in that moment takes the empty file, fails to decode it and stops for good
("Unrecoverable error: JSONDecodeError"). Here a message is written under a name the consumer
does not look at and renamed into place (atomic within one folder), so a message is either not
there yet or complete.
"""

import os
import uuid
from time import monotonic

from kombu.exceptions import ChannelError
from kombu.transport import filesystem
from kombu.utils.encoding import str_to_bytes
from kombu.utils.json import dumps


class Channel(filesystem.Channel):
    def _put(self, queue, payload, **kwargs):
        # kombu's own name (its consumer takes "<time>_<uuid>.<queue>.msg" in name order).
        name = f"{int(round(monotonic() * 1000))}_{uuid.uuid4()}.{queue}.msg"
        path = os.path.join(self.data_folder_out, name)
        partial = f"{path}.partial"  # ends otherwise than ".<queue>.msg": never taken
        try:
            with open(partial, "wb") as out:
                out.write(str_to_bytes(dumps(payload)))
            os.replace(partial, path)
        except OSError as exc:
            try:
                os.unlink(partial)
            except OSError:
                pass
            raise ChannelError(f"Cannot add file {path!r} to directory") from exc


class Transport(filesystem.Transport):
    Channel = Channel
