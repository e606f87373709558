from django.urls import path

from .feedback import page_feedback

urlpatterns = [path("page-feedback/", page_feedback, name="page_feedback")]
