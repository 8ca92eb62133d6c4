"""A paginator that never counts more than it could show.

Django's Paginator runs COUNT(*) over the whole filtered set on every page; at a few hundred thousand
rows that count costs more than the page. This one counts at most `cap` + 1 rows (a LIMIT inside the
count, which walks the same index as the page) and says "1,000+" beyond that; a page reads one row
more than it shows to know whether there is a next one, so pages past the cap still work.

`counted` is what to count when the pages show a part of it: the queue's ranked search lists the best
of the newest 1,000 matches (claims/selectors/queue.py rank_among_newest) and still says "1,000+".
"""

from math import ceil

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.utils.functional import cached_property

COUNT_CAP = 1000


class CappedPage(Page):
    def __init__(self, object_list, number, paginator, *, more: bool):
        super().__init__(object_list, number, paginator)
        self.more = more

    def has_next(self) -> bool:
        return self.more


class CappedPaginator(Paginator):
    def __init__(self, object_list, per_page, *, cap: int = COUNT_CAP, counted=None):
        super().__init__(object_list, per_page)
        self.cap = cap
        self.counted = object_list if counted is None else counted

    @cached_property
    def count(self) -> int:
        # Counting needs no order, and an order makes the database find the first 1,001 in that order
        # (for a search, every match sorted: 67 ms at 100k claims, against 4 ms for any 1,001).
        return self.counted.order_by()[: self.cap + 1].count()

    @property
    def capped(self) -> bool:
        return self.count > self.cap

    @property
    def count_label(self) -> str:
        return f"{self.cap:,}+" if self.capped else f"{self.count:,}"

    @cached_property
    def num_pages(self) -> int:
        return max(1, ceil(min(self.count, self.cap) / self.per_page)) if self.count else 1

    @property
    def num_pages_label(self) -> str:
        return f"{self.num_pages:,}+" if self.capped else f"{self.num_pages:,}"

    def validate_number(self, number) -> int:
        try:
            number = int(number)
        except (TypeError, ValueError) as exc:
            raise PageNotAnInteger("That page number is not an integer") from exc
        if number < 1:
            raise EmptyPage("That page number is less than 1")
        if number > self.num_pages and not self.capped:
            raise EmptyPage("That page contains no results")
        return number

    def page(self, number) -> CappedPage:
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        rows = list(self.object_list[bottom : bottom + self.per_page + 1])
        if not rows and number > 1:
            raise EmptyPage("That page contains no results")
        return CappedPage(rows[: self.per_page], number, self, more=len(rows) > self.per_page)

    def get_page(self, number) -> CappedPage:
        try:
            return self.page(number)
        except PageNotAnInteger:
            return self.page(1)
        except EmptyPage:
            return self.page(self.num_pages)
