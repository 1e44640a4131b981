from django.urls import path

from . import privacy_views, views

app_name = "people"

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("your-data/", privacy_views.your_data, name="your_data"),
    path("your-data/download/", privacy_views.your_data_download, name="your_data_download"),
    path("your-data/erase/", privacy_views.account_erase_view, name="account_erase"),
    path("erased/", privacy_views.account_erased, name="account_erased"),
]
