package com.partnercenter.analytics.stub.web;

public interface ResponseBody {
}
