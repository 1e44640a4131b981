"""allauth's account adapter, with the client address every other per-address limit uses."""

from allauth.account.adapter import DefaultAccountAdapter

from elearning.ratelimit import client_address


class AccountAdapter(DefaultAccountAdapter):
    """Sign-in, sign-up and password-reset limits count per client address as elearning.ratelimit
    works it out (X-Forwarded-For behind TRUSTED_PROXY_COUNT proxies), not by allauth's own rules."""

    def get_client_ip(self, request) -> str:
        return client_address(request) or super().get_client_ip(request)
