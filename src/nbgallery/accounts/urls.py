from django.urls import path

from nbgallery.accounts.views import autocomplete, groups, users

urlpatterns = [
    path("users/autocomplete", autocomplete.user_autocomplete, name="user_autocomplete"),
    path("users/<str:username>/", users.user_detail, name="user_detail"),
    path("users/<str:username>/edit/", users.user_edit, name="user_edit"),
    path("preferences/theme/", users.theme_set, name="theme_set"),
    path("manage/approvals/", users.approvals, name="approvals"),
    path("manage/approvals/<str:username>/", users.approval_decide, name="approval_decide"),
    path("groups/", groups.group_list, name="group_list"),
    path("groups/new/", groups.group_create, name="group_create"),
    path("groups/<uuid:gid>/", groups.group_detail, name="group_detail"),
    path("groups/<uuid:gid>/edit/", groups.group_edit, name="group_edit"),
    path("groups/<uuid:gid>/delete/", groups.group_delete, name="group_delete"),
    path("groups/<uuid:gid>/members/", groups.member_add, name="group_member_add"),
    path(
        "groups/<uuid:gid>/members/<str:username>/",
        groups.member_change,
        name="group_member_change",
    ),
]
