"""Your byline: the name readers see on the fact checks you check or edit."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render

from claims import services
from claims.bylines import credited_name
from claims.models import Byline
from core.errors import Refused
from core.permissions import staff_required


class BylineForm(forms.Form):
    name = forms.CharField(
        max_length=services.bylines.BYLINE_MAX,
        required=False,
        label="Credit my work to",
        help_text="Your name as readers should see it, or a desk name instead of yours (“The Housing "
        "Desk”). Leave it empty to be credited by your full name, or by the desk's name if you have none.",
    )


@staff_required
def byline(request):
    current = Byline.objects.filter(user=request.user).values_list("name", flat=True).first() or ""
    form = BylineForm(request.POST or None, initial={"name": current})
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.set_byline(user=request.user, name=form.cleaned_data["name"], actor=request.user)
        except Refused as refusal:
            form.add_error("name", refusal.message)
        else:
            messages.success(
                request, f"Saved. Readers see your work credited to “{credited_name(request.user)}”."
            )
            return redirect("desk:byline")
    if form.errors:
        status = 422
    context = {"form": form, "credited": credited_name(request.user)}
    return render(request, "desk/byline.html", context, status=status)
