from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from tugan.accounts.roles import Confidentiality
from tugan.publish.casefile import render_casefile_pdf
from tugan.records.exporting import viewer_for_level


def person_casefile(request: HttpRequest, public_id: str) -> HttpResponse:
    """The person's case file as PDF: what the person page shows the user, or its public part."""
    if request.GET.get("level") == Confidentiality.PUBLIC:
        viewer, label = viewer_for_level(Confidentiality.PUBLIC), _("public")
    else:
        viewer, label = (
            request.user,
            _("as seen by %(user)s")
            % {
                "user": request.user.get_username()
                if request.user.is_authenticated
                else _("anyone")
            },
        )
    pdf = render_casefile_pdf(viewer, public_id, label)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{public_id}-casefile.pdf"'
    return response
