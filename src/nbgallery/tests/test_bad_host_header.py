def test_a_request_for_an_unknown_host_gets_a_400_not_a_500(client, db):
    response = client.get("/", HTTP_HOST="evil.example")

    assert response.status_code == 400
    assert b"That request was not understood" in response.content
